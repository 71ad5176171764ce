import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { TodoPage } from '../features/todo/TodoPage';
import { todoRoutes } from '../features/todo/test-routes';
import { todoItem } from '../test/fixtures';
import { fakeApi, renderSignedIn } from '../test/render';

afterEach(() => i18next.changeLanguage('en'));

const item = todoItem({ note: 'Ringede' });

/** A colleague completed it a moment ago: the server's 409 with the English message and the reason code. */
const alreadyDone = (reason: object) => () => Response.json({ error: { code: 'conflict', message: 'The activity is already done', reason } }, { status: 409 });

async function completeIn(locale: 'da' | 'he', reason: object) {
  fakeApi({ ...todoRoutes([item]), 'POST /api/v1/activities/activity-1/complete': alreadyDone(reason) }, { locale });
  renderSignedIn(<TodoPage />, '/todo');
  await waitFor(() => expect(i18next.language).toBe(locale));
  fireEvent.click(await screen.findByRole('button', { name: i18next.t('todo.completeNamed', { subject: item.subject }) }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.click(within(dialog).getByRole('button', { name: i18next.t('todo.completeSubmit') }));
  return within(dialog);
}

describe('errors that are not about a field, in the user’s language by reason code', () => {
  it('a Danish user reads the 409 in Danish', async () => {
    const dialog = await completeIn('da', { code: 'activity_done' });
    expect(await dialog.findByText('Aktiviteten er allerede afsluttet.')).toBeInTheDocument();
  });

  it('a Hebrew user reads it in Hebrew', async () => {
    const dialog = await completeIn('he', { code: 'activity_done' });
    expect(await dialog.findByText('הפעילות כבר בוצעה.')).toBeInTheDocument();
  });

  it('a code this app does not know yet keeps the server’s English message', async () => {
    const dialog = await completeIn('da', { code: 'some_future_problem' });
    expect(await dialog.findByText('The activity is already done')).toBeInTheDocument();
  });
});
