import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors } from '../../../components/errors';
import { TextField } from '../../../components/Field';
import { useSubmit } from '../../../components/hooks';

/** Renames an item in place: Enter saves, Escape cancels. */
export function RenameForm({ name, onSave, onDone }: { name: string; onSave: (name: string) => Promise<unknown>; onDone: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, ['name']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === name) return onDone();
    const saved = await run(() => onSave(value.trim()));
    if (saved !== undefined) onDone();
  }

  return (
    <form
      className="settings-rename"
      onSubmit={submit}
      noValidate
      aria-label={t('settings.list.renameNamed', { name })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <TextField
        label={t('settings.list.newName')}
        value={value}
        onChange={setValue}
        error={errors.fields.name ?? errors.general ?? undefined}
        autoFocus
        required
        autoComplete="off"
      />
      <div className="settings-rename__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onDone} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
