import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskTemplate } from '../../../shared/tasks';
import { FieldError } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { SettingsListView } from '../settings/lists/SettingsListView';
import { useListOptions } from '../settings/pickers/useListOptions';

interface Product {
  id: string;
  name: string;
  order: number;
  active: boolean;
  taskTemplateIds: string[];
}
type Bundle = { taskTemplateIds: string[] };
type Save = (change: Record<string, unknown>) => Promise<unknown>;

/** Settings → Products: each product bundles task templates, whose tasks a customer gets with the product. */
export function ProductsPage({ title }: { title: string }) {
  return (
    <SettingsListView<Product, Bundle>
      path="products"
      title={title}
      extra={{
        initial: { taskTemplateIds: [] },
        names: ['taskTemplateIds'],
        render: (values, set, errors) => (
          <TemplateBoxes value={values.taskTemplateIds} onChange={(ids) => set({ taskTemplateIds: ids })} error={errors.taskTemplateIds} />
        ),
      }}
      details={(item, change) => <BundleDetails item={item} onSave={change} />}
    />
  );
}

/** The task templates a product bundles, as tick boxes (a retired one stays while the product holds it). */
function TemplateBoxes({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const templates = useListOptions<TaskTemplate>('task-templates').items.filter((x) => x.active || value.includes(x.id));
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <fieldset className="template-fields__areas">
      <legend>{t('tasks.bundle.legend')}</legend>
      {templates.map((template) => (
        <label key={template.id} className="checkbox">
          <input type="checkbox" checked={value.includes(template.id)} onChange={() => toggle(template.id)} />
          <span dir="auto">{template.name}</span>
        </label>
      ))}
      <FieldError error={error} />
    </fieldset>
  );
}

/** In a row: the product's templates by name, and a panel that changes them. */
function BundleDetails({ item, onSave }: { item: Product; onSave: Save }) {
  const { t } = useTranslation();
  const { nameOf } = useListOptions<TaskTemplate>('task-templates');
  const [editing, setEditing] = useState<string[] | null>(null);
  const action = useSubmit();
  const names = item.taskTemplateIds.map(nameOf).filter(Boolean);
  const save = async () => {
    if (editing && (await action.run(() => onSave({ taskTemplateIds: editing })))) setEditing(null);
  };
  if (!editing) {
    return (
      <>
        <span className="muted" dir="auto">
          {names.length ? names.join(', ') : t('tasks.bundle.none')}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => setEditing(item.taskTemplateIds)}
          aria-label={t('tasks.bundle.editNamed', { name: item.name })}
        >
          {t('tasks.bundle.edit')}
        </button>
      </>
    );
  }
  return (
    <form
      className="settings-panel"
      aria-label={t('tasks.bundle.editNamed', { name: item.name })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      <TemplateBoxes value={editing} onChange={setEditing} />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={action.busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={() => setEditing(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
