import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors } from '../../../components/errors';
import { TextField } from '../../../components/Field';
import { useSubmit } from '../../../components/hooks';

interface NewCategoryProps {
  /** Creates the category; resolves to it, and the picker chooses it. */
  onCreate: (name: string) => Promise<unknown>;
  onDone: () => void;
}

/** The name of a new category, inside another form: Enter creates it (it does not save that form), Escape cancels. */
export function NewCategory({ onCreate, onDone }: NewCategoryProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const create = useSubmit();
  const errors = formErrors(t, create.error, ['name']);
  const submit = async () => {
    if (await create.run(() => onCreate(name.trim()))) onDone();
  };
  return (
    <div className="check-list__new">
      <TextField
        label={t('settings.pickers.newCategoryName')}
        value={name}
        onChange={setName}
        error={errors.fields.name ?? errors.general ?? undefined}
        // Appears only when the user asks to add a category: focus goes to its name at once.
        autoFocus
        autoComplete="off"
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void submit();
          }
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onDone();
          }
        }}
      />
      <button type="button" className="button button--small" disabled={create.busy || !name.trim()} onClick={() => void submit()}>
        {t('settings.pickers.createCategory')}
      </button>
      <button type="button" className="button button--quiet button--small" onClick={onDone}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
