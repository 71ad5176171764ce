import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { useCustomerWrites } from '../customers/useCustomers';
import { exportCustomer } from './useProjects';

/** Saves a document as a file in the browser's downloads. */
function download(name: string, document: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `${name.replace(/[\\/:*?"<>|]+/g, '_')}.tend.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/** "Template customer" on or off, and "Export as template" (a JSON file). */
export function TemplateActions({ customer, readOnly }: { customer: Customer; readOnly: boolean }) {
  const { t } = useTranslation();
  const writes = useCustomerWrites();
  const action = useSubmit();
  return (
    <section className="customer-template" aria-label={t('templates.title')}>
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      <label>
        <input
          type="checkbox"
          checked={customer.isTemplate}
          disabled={readOnly || action.busy}
          onChange={(e) => void action.run(() => writes.update(customer.id, { isTemplate: e.target.checked }))}
        />{' '}
        {t('templates.isTemplate')}
      </label>{' '}
      <button
        type="button"
        className="button"
        disabled={action.busy}
        onClick={() => void action.run(async () => download(customer.name, await exportCustomer(customer.id, true)))}
      >
        {t('templates.export')}
      </button>
    </section>
  );
}
