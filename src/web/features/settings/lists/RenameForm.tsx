import { useTranslation } from 'react-i18next';
import { listItemCreateSchema } from '../../../../shared/settings';
import { FormTextField } from '../../../components/FormTextField';
import { useApiForm } from '../../../components/useApiForm';

const renameSchema = listItemCreateSchema.pick({ name: true });

interface RenameFormProps {
  name: string;
  onSave: (name: string) => Promise<unknown>;
  onDone: () => void;
  /** A renamed item Tend seeded: its standard name, which a button gives back (shown in each reader's language again). */
  standardName?: string;
  onUseStandardName?: () => Promise<unknown>;
}

/** Renames an item in place (the name checked with the server's rules): Enter saves, Escape cancels. */
export function RenameForm({ name, onSave, onDone, standardName, onUseStandardName }: RenameFormProps) {
  const { t } = useTranslation();
  const api = useApiForm(renameSchema, { name }, async (values) => {
    const next = values.name.trim();
    if (next !== name) await onSave(next);
    onDone();
  });
  return (
    <form
      className="settings-rename"
      onSubmit={api.submit}
      noValidate
      aria-label={t('settings.list.renameNamed', { name })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <FormTextField
        control={api.form.control}
        name="name"
        label={t('settings.list.newName')}
        error={api.errorOf('name') ?? api.general ?? undefined}
        autoFocus
        required
        autoComplete="off"
      />
      <div className="settings-rename__actions">
        <button type="submit" className="button button--primary button--small" disabled={api.busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onDone} disabled={api.busy}>
          {t('common.cancel')}
        </button>
        {standardName && onUseStandardName ? (
          <button type="button" className="button button--quiet button--small" disabled={api.busy} onClick={() => void onUseStandardName().then(onDone)}>
            {t('settings.list.useStandardName', { standard: standardName })}
          </button>
        ) : null}
      </div>
    </form>
  );
}
