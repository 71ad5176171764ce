import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { fakeApi, renderSignedIn } from '../test/render';

afterEach(() => i18next.changeLanguage('en'));

/** The server's answer to a wrong current password: the English message for API users, the reason for us. */
const wrongPassword = (reason: object) => () =>
  Response.json(
    { error: { code: 'validation_failed', message: 'Invalid', fields: { currentPassword: 'Wrong password' }, reasons: { currentPassword: reason } } },
    { status: 400 },
  );

async function submitIn(locale: 'da' | 'he', reason: object, password = 'a brand new password') {
  fakeApi({ 'PATCH /api/v1/me': wrongPassword(reason) }, { locale });
  renderSignedIn(<ChangePasswordPage />);
  await waitFor(() => expect(i18next.language).toBe(locale));
  const form = await screen.findByRole('form');
  const [current, next, again] = form.querySelectorAll('input[type="password"]');
  fireEvent.change(current, { target: { value: 'not my password' } });
  fireEvent.change(next, { target: { value: password } });
  fireEvent.change(again, { target: { value: password } });
  fireEvent.click(within(form).getAllByRole('button').at(-1) as HTMLElement);
  return within(form);
}

describe('field errors in the user’s language, by reason code', () => {
  it('a Danish user reads the server’s field error in Danish', async () => {
    const form = await submitIn('da', { code: 'wrong_password' });
    expect(await form.findByText('Det er ikke din nuværende adgangskode.')).toBeInTheDocument();
  });

  it('a Hebrew user reads it in Hebrew', async () => {
    const form = await submitIn('he', { code: 'wrong_password' });
    expect(await form.findByText('זו לא הסיסמה הנוכחית שלך.')).toBeInTheDocument();
  });

  it('the browser’s own check speaks Hebrew too, with the plural form the number needs', async () => {
    const form = await submitIn('he', { code: 'wrong_password' }, 'short');
    // The number is isolated from the Hebrew around it (FSI … PDI, see i18n/isolate.ts).
    expect(await form.findByText((text) => text.replace(/[\u2068\u2069]/g, '') === 'לפחות 10 תווים')).toBeInTheDocument();
  });

  it('a reason this app does not know yet keeps the server’s English message', async () => {
    const form = await submitIn('da', { code: 'some_future_reason' });
    expect(await form.findByText('Wrong password')).toBeInTheDocument();
  });
});
