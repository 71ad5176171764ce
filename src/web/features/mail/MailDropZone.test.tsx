import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { todoItem } from '../../test/fixtures';
import { fakeApi, renderSignedIn } from '../../test/render';
import { MailDropZone } from './MailDropZone';

const eml = (name: string) => new File([`Subject: ${name}\r\n\r\nHello`], name, { type: 'message/rfc822' });
const problem = (status: number, code: string, reason: string, message: string) =>
  Response.json({ error: { code, message, reason: { code: reason } } }, { status });

/**
 * The mail route at the fetch boundary (its body is the file's bytes, not JSON): the answers in
 * the order the files go, one after another; each request is recorded.
 */
function mailServer(answers: (() => Response | Promise<Response>)[]) {
  fakeApi({});
  const inner = globalThis.fetch;
  const posted: { url: string; type: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (resource: Request | string, init?: RequestInit) => {
    const url = typeof resource === 'string' ? resource : resource.url;
    if (!url.includes('/api/v1/mail/messages')) return inner(resource, init);
    posted.push({ url, type: new Headers(init?.headers).get('content-type') ?? '', body: init?.body });
    const answer = answers.shift();
    return answer ? answer() : Response.json({}, { status: 500 });
  });
  return posted;
}

const drop = (files: File[]) =>
  fireEvent.drop(screen.getByText(/Drop .eml files here/).closest('[data-mail-drop]') as Element, { dataTransfer: { files, types: ['Files'] } });
const resultOf = (name: string) => screen.getByText(name).closest('li') as HTMLElement;

describe('the mail drop zone', () => {
  it('sends each dropped file raw, onto the customer, and shows each file’s result', async () => {
    const activity = todoItem({ id: 'a-1', subject: 'Tilbud på ventilation' });
    let release: () => void = () => undefined;
    const posted = mailServer([
      () => new Promise<Response>((resolve) => (release = () => resolve(Response.json({ activity }, { status: 201 })))),
      () => Response.json({ activity: { ...activity, id: 'a-2', subject: 'Re: Tilbud' } }, { status: 200 }),
      () => Response.json({ unmatchedId: 'u-1' }, { status: 202 }),
      () => problem(400, 'bad_request', 'message_unreadable', 'Not a mail'),
      () => problem(422, 'unprocessable', 'mail_excluded', 'Excluded'),
      () => problem(409, 'conflict', 'value_taken', 'Already journaled, on a customer you may not see'),
    ]);
    renderSignedIn(<MailDropZone target={{ customerId: 'c-1' }} />);
    await screen.findByText(/Drop .eml files here/);
    const files = ['offer.eml', 'again.eml', 'stranger.eml', 'broken.eml', 'bank.eml', 'hidden.eml'].map(eml);
    drop(files);

    // The first is on its way: its progress shows, the others wait their turn.
    expect(await screen.findByRole('progressbar', { name: 'Sending offer.eml' })).toBeInTheDocument();
    release();
    await waitFor(() => expect(screen.queryAllByRole('progressbar')).toHaveLength(0));

    expect(posted.map((request) => request.url)).toEqual(Array(6).fill('/api/v1/mail/messages?customerId=c-1'));
    expect(posted.every((request) => request.type === 'message/rfc822')).toBe(true);
    expect(posted.map((request) => request.body)).toEqual(files);

    expect(resultOf('offer.eml')).toHaveTextContent('Journaled:');
    expect(within(resultOf('offer.eml')).getByRole('link', { name: 'Tilbud på ventilation' })).toHaveAttribute('href', '/activities/a-1');
    expect(resultOf('again.eml')).toHaveTextContent('Already journaled:');
    expect(within(resultOf('again.eml')).getByRole('link', { name: 'Re: Tilbud' })).toHaveAttribute('href', '/activities/a-2');
    expect(resultOf('stranger.eml')).toHaveTextContent('No customer matched; it waits in the mail inbox.');
    expect(within(resultOf('stranger.eml')).getByRole('link', { name: 'Open the mail inbox' })).toHaveAttribute('href', '/mail');
    expect(resultOf('broken.eml')).toHaveTextContent('not a mail Tend can read');
    expect(resultOf('bank.eml')).toHaveTextContent('the mail rules keep out of Tend');
    expect(resultOf('hidden.eml')).toHaveTextContent('Already journaled, on a customer you may not see.');
  });

  it('takes files from the picker (for the keyboard), onto the contact', async () => {
    const posted = mailServer([() => Response.json({ unmatchedId: 'u-1' }, { status: 202 })]);
    const { container } = renderSignedIn(<MailDropZone target={{ customerId: 'c-1', contactId: 'p-1' }} showInboxLink={false} />);
    expect(await screen.findByRole('button', { name: 'Journal a mail…' })).toBeInTheDocument();
    const input = container.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [eml('a.eml')] } });
    expect(await screen.findByText('No customer matched; it waits in the mail inbox.')).toBeInTheDocument();
    expect(posted.map((request) => request.url)).toEqual(['/api/v1/mail/messages?customerId=c-1&contactId=p-1']);
    expect(screen.queryByRole('link', { name: 'Open the mail inbox' })).not.toBeInTheDocument();
  });
});
