import { randomUUID } from 'node:crypto';

/** A mail as a client would send it, for tests: plain text, and optionally one attachment. */
export interface TestMail {
  from: string;
  to?: string[];
  cc?: string[];
  subject?: string;
  messageId?: string;
  date?: string;
  text?: string;
  attachment?: { name: string; contentType: string; content: Buffer };
}

/** The raw RFC 5322 bytes of a test mail (a fresh Message-ID unless one is given). */
export function rawMail(mail: TestMail): Buffer {
  const headers = [
    `From: ${mail.from}`,
    ...(mail.to?.length ? [`To: ${mail.to.join(', ')}`] : []),
    ...(mail.cc?.length ? [`Cc: ${mail.cc.join(', ')}`] : []),
    `Subject: ${mail.subject ?? 'Test mail'}`,
    `Date: ${mail.date ?? 'Mon, 30 Nov 2026 10:15:00 +0100'}`,
    `Message-ID: ${mail.messageId ?? `<${randomUUID()}@mail.test>`}`,
    'MIME-Version: 1.0',
  ];
  const text = mail.text ?? 'Hello';
  if (!mail.attachment) return Buffer.from([...headers, 'Content-Type: text/plain; charset=utf-8', '', text, ''].join('\r\n'));
  const a = mail.attachment;
  return Buffer.from(
    [
      ...headers,
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '--b',
      `Content-Type: ${a.contentType}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      a.content.toString('base64'),
      '--b--',
      '',
    ].join('\r\n'),
  );
}
