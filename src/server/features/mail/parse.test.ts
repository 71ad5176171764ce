import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import { parseMessage } from './parse';
import { sanitizeMailHtml } from './sanitize';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

describe('reading a mail (a corpus of .eml files beside this test)', () => {
  it('plain text in quoted-printable UTF-8, with an encoded sender name', async () => {
    const m = await parseMessage(fixture('plain.eml'));
    expect(m.subject).toBe('Tilbud på trykning');
    expect(m.from).toEqual({ name: 'Ole Bæk', address: 'ole@baek-soen.test' });
    expect(m.to).toEqual([{ name: 'Mette Holm', address: 'mette@tend-co.test' }]);
    expect(m.text).toContain('Tak for mødet i går');
    expect(m.html).toBeNull();
    expect(m.date?.toISOString()).toBe('2026-11-30T09:15:00.000Z');
    expect(m.messageId).toBe('<plain-1@baek-soen.test>');
    expect(m.messageIdMadeUp).toBe(false);
    expect(m.attachments).toEqual([]);
  });

  it('HTML only: the text is made from the HTML, and the HTML shown is safe', async () => {
    const m = await parseMessage(fixture('html-only.eml'));
    expect(m.text).toContain('Store rabatter i december');
    // The text is plain text (never shown as HTML): the script's code and the style are left out.
    expect(m.text).not.toContain("alert('x')");
    expect(m.text).not.toContain('background');
    const safe = sanitizeMailHtml(m.html ?? '', () => null);
    expect(safe.html).toContain('<b>rabatter</b>');
    for (const bad of ['<script', 'alert(', 'onload', 'onclick', 'javascript:', '<form', '<input', '<iframe', '<style', 'url(']) {
      expect(safe.html).not.toContain(bad);
    }
    expect(safe.html).not.toMatch(/\ssrc="https?:/); // nothing loads from elsewhere until the reader asks
    expect(safe.html).toContain('data-remote-src="https://tracker.example/pixel.gif"');
    expect(safe.hasRemoteImages).toBe(true);
    expect(safe.html).toContain('style="color:red"');
    expect(safe.html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('multipart/alternative inside related and mixed: text, HTML, an inline image and a PDF', async () => {
    const m = await parseMessage(fixture('alternative-attachments.eml'));
    expect(m.text.trim()).toBe('Hej Mette, her er prislisten. Logo nedenfor.');
    expect(m.html).toContain('cid:logo@baek');
    expect(m.cc.map((a) => a.address)).toEqual(['anna@kis-nyomda.test', 'someone@gmail.com']);
    expect(m.inReplyTo).toBe('<earlier@tend-co.test>');
    expect(m.attachments.map((a) => [a.name, a.contentType, a.contentId])).toEqual([
      ['logo.png', 'image/png', 'logo@baek'],
      ['prisliste 2027.pdf', 'application/pdf', null],
    ]);
    expect(m.attachments[1].content.toString('latin1')).toContain('%PDF-1.4');
    const safe = sanitizeMailHtml(m.html ?? '', (cid) => (cid === 'logo@baek' ? '/api/v1/documents/d1/content' : null));
    expect(safe.html).toContain('<img alt="Logo" src="/api/v1/documents/d1/content" />');
    expect(safe.hasRemoteImages).toBe(false);
  });

  it('a mail forwarded as an attachment with a short wrapper is read as the inner mail', async () => {
    const m = await parseMessage(fixture('forwarded.eml'));
    expect(m.subject).toBe('Megrendelés');
    expect(m.from?.address).toBe('anna@kis-nyomda.test');
    expect(m.messageId).toBe('<inner-1@kis-nyomda.test>');
    expect(m.text).toContain('megrendeljük a szórólapokat');
    expect(m.raw.toString('utf8')).toMatch(/^From: Anna Kis/);
    expect(m.date?.toISOString()).toBe('2026-12-03T08:00:00.000Z');
  });

  it.each([
    ['subject-da-b.eml', 'Særlige ønsker til årets æske'],
    ['subject-da-q.eml', 'Særlige ønsker til årets æske'],
    ['subject-hu-b.eml', 'Árvíztűrő tükörfúrógép ajánlat'],
    ['subject-hu-q.eml', 'Árvíztűrő tükörfúrógép ajánlat'],
    ['subject-he-b.eml', 'הצעת מחיר לשנת 2027'],
    ['subject-he-q.eml', 'הצעת מחיר לשנת 2027'],
  ])('%s: the RFC 2047 subject reads "%s"', async (name, subject) => {
    expect((await parseMessage(fixture(name))).subject).toBe(subject);
  });

  it.each([
    ['broken.eml', fixture('broken.eml'), 'no mail headers'],
    ['a message without From and Date', fixture('no-from-no-date.eml'), 'neither a From nor a Date'],
    ['an empty body', Buffer.alloc(0), 'empty'],
  ])('%s is refused with 400 message_unreadable', async (_name, raw, why) => {
    const error = await parseMessage(raw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).reason).toEqual({ code: 'message_unreadable' });
    expect((error as AppError).message).toContain(why);
  });

  it('a mail without a Message-ID gets one made from its bytes: the same bytes, the same id', async () => {
    const raw = Buffer.from('From: a@b.test\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\nSubject: x\r\n\r\nhi\r\n');
    const [a, b] = [await parseMessage(raw), await parseMessage(Buffer.from(raw))];
    expect(a.messageId).toMatch(/^<[0-9a-f]{64}@tend\.invalid>$/);
    expect(a.messageIdMadeUp).toBe(true);
    expect(b.messageId).toBe(a.messageId);
  });
});
