import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';
import { MailRulesPage } from './MailRulesPage';

const rule = (id: string, name: string, pattern: string, order: number) => ({ id, name, pattern, order, active: true });

describe('Settings → mail never journaled', () => {
  it('adds an address or @domain (checked in the browser first) and lists each with its pattern', async () => {
    const api = fakeApi({
      'GET /api/v1/mail-rules': page([rule('r1', 'Private', 'me@private.test', 0)]),
      'POST /api/v1/mail-rules': (request: SentRequest) => ({ ...rule('r2', '', '', 1), ...(request.body as object) }),
    });
    renderSignedIn(<MailRulesPage />);
    expect(await screen.findByText('me@private.test')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Add to Mail never journaled' });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'The bank' } });
    fireEvent.change(within(form).getByLabelText(/^Address or @domain/), { target: { value: 'bank.test' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(await within(form).findByText('An address (name@example.com) or a domain with its @ (@example.com)')).toBeInTheDocument();
    expect(api.requests().filter((request) => request.method === 'POST')).toEqual([]);

    fireEvent.change(within(form).getByLabelText(/^Address or @domain/), { target: { value: '@Bank.test' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(api.requests().filter((request) => request.method === 'POST')).toEqual([
        { method: 'POST', url: '/api/v1/mail-rules', body: { name: 'The bank', pattern: '@Bank.test' } },
      ]),
    );
    expect(await screen.findByText('@Bank.test')).toBeInTheDocument();
  });
});
