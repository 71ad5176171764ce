import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MailMessageView } from '../../../shared/mail';
import { fakeApi, renderSignedIn } from '../../test/render';
import { MessageView } from './MessageView';

const message = (change: Partial<MailMessageView> = {}): MailMessageView => ({
  activityId: 'a-1',
  messageId: '<1@baek.dk>',
  inReplyTo: null,
  direction: 'in',
  subject: 'Tilbud på ventilation',
  from: { name: 'Mette Bæk', address: 'mette@baek.dk' },
  to: [{ name: null, address: 'sales@tend.test' }],
  cc: [{ name: 'Ole', address: 'ole@baek.dk' }],
  date: '2026-11-30T09:15:00.000Z',
  text: 'Hej\nHer er tilbuddet.',
  // As the server sends it, plus what a sanitiser could miss: the view drops it again.
  html: '<p>Hej</p><img data-remote-src="https://tracker.example/pixel.png" alt="logo"><script>window.parent.ran = true</script><img src="x" onerror="window.parent.ran = true">',
  hasRemoteImages: true,
  messageDocumentId: 'd-eml',
  attachments: [{ documentId: 'd-1', name: 'tilbud.pdf', contentType: 'application/pdf', size: 20480, contentId: null }],
  ...change,
});

const srcdoc = () => screen.getByTitle('The mail: Tilbud på ventilation').getAttribute('srcdoc') ?? '';

describe('an email activity’s message', () => {
  it('holds remote images back until asked, and runs no script', async () => {
    fakeApi({ 'GET /api/v1/activities/a-1/message': message() });
    renderSignedIn(<MessageView activityId="a-1" />);
    const frame = await screen.findByTitle('The mail: Tilbud på ventilation');
    expect(frame.getAttribute('sandbox')).not.toMatch(/allow-scripts/);
    expect(srcdoc()).toContain("default-src 'none'");
    expect(srcdoc()).not.toMatch(/\ssrc="https:\/\/tracker/);
    expect(srcdoc()).not.toMatch(/<script|onerror/i);
    expect((window as { ran?: boolean }).ran).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Show images' }));
    expect(srcdoc()).toMatch(/\ssrc="https:\/\/tracker.example\/pixel.png"/);
    expect(srcdoc()).toMatch(/img-src [^;]*https:/);
    expect(screen.queryByRole('button', { name: 'Show images' })).not.toBeInTheDocument();
  });

  it('shows the headers, the direction and the attachments as downloads', async () => {
    fakeApi({ 'GET /api/v1/activities/a-1/message': message() });
    renderSignedIn(<MessageView activityId="a-1" />);
    expect(await screen.findByText('Mette Bæk <mette@baek.dk>')).toBeInTheDocument();
    expect(screen.getByText('sales@tend.test')).toBeInTheDocument();
    expect(screen.getByText('Ole <ole@baek.dk>')).toBeInTheDocument();
    expect(screen.getByText('Received')).toBeInTheDocument();
    expect(document.querySelector('time')?.textContent).toMatch(/^Nov 30, 2026, 10:15\sAM$/);
    const download = screen.getByRole('link', { name: 'Download tilbud.pdf' });
    expect(download).toHaveAttribute('href', '/api/v1/documents/d-1/content');
    expect(download).toHaveAttribute('download', 'tilbud.pdf');
    expect(screen.getByRole('link', { name: 'Download the original mail (.eml)' })).toHaveAttribute('href', '/api/v1/documents/d-eml/content');
  });

  it('shows the text when the mail has no HTML', async () => {
    fakeApi({ 'GET /api/v1/activities/a-1/message': message({ html: null, hasRemoteImages: false }) });
    renderSignedIn(<MessageView activityId="a-1" />);
    expect(await screen.findByText(/Her er tilbuddet\./)).toBeInTheDocument();
    expect(screen.queryByTitle(/The mail:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show images' })).not.toBeInTheDocument();
  });
});
