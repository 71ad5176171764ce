import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { exchangeRatesFormSchema, exchangeRatesOf, type Workspace } from '../../../../shared/workspace';
import { Alert } from '../../../components/Alert';
import { FormTextField } from '../../../components/FormTextField';
import { useApiForm } from '../../../components/useApiForm';
import './workspace.css';

const rowsOf = (w: Workspace) => ({ rates: Object.entries(w.exchangeRates).map(([currency, rate]) => ({ currency, rate: String(rate) })) });

interface ExchangeRatesFormProps {
  workspace: Workspace;
  onSave: (values: { exchangeRates: Record<string, number> }) => Promise<Workspace>;
}

/**
 * The workspace's exchange rates (admins): what one unit of another currency is worth in the
 * workspace's, so pipeline totals, campaign results and reports can add amounts in several currencies.
 */
export function ExchangeRatesForm({ workspace, onSave }: ExchangeRatesFormProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const api = useApiForm(exchangeRatesFormSchema, rowsOf(workspace), async (values) => {
    setSaved(false);
    const parsed = exchangeRatesFormSchema.parse(values);
    api.form.reset(rowsOf(await onSave({ exchangeRates: exchangeRatesOf(parsed.rates) })));
    setSaved(true);
  });
  const rows = useFieldArray({ control: api.form.control, name: 'rates' });
  return (
    <form className="form" onSubmit={api.submit} noValidate aria-label={t('workspace.rates.title')}>
      <p className="muted">{t('workspace.rates.hint', { currency: workspace.currency })}</p>
      {saved ? <Alert kind="success">{t('workspace.rates.saved')}</Alert> : null}
      {api.general ? <Alert>{api.general}</Alert> : null}
      {rows.fields.length === 0 ? <p className="empty">{t('workspace.rates.none')}</p> : null}
      <ul className="exchange-rates">
        {rows.fields.map((row, i) => (
          <li key={row.id} className="exchange-rates__row">
            <FormTextField
              control={api.form.control}
              name={`rates.${i}.currency`}
              label={t('workspace.rates.currency')}
              error={api.errorOf(`rates.${i}.currency`)}
              maxLength={3}
              autoCapitalize="characters"
              required
            />
            <FormTextField
              control={api.form.control}
              name={`rates.${i}.rate`}
              label={t('workspace.rates.rate', { currency: workspace.currency })}
              error={api.errorOf(`rates.${i}.rate`)}
              inputMode="decimal"
              required
            />
            <button type="button" className="button button--small" onClick={() => rows.remove(i)}>
              {t('workspace.rates.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => rows.append({ currency: '', rate: '' })}>
          {t('workspace.rates.add')}
        </button>
        <button type="submit" className="button button--primary" disabled={api.busy}>
          {api.busy ? t('common.saving') : t('workspace.rates.save')}
        </button>
      </div>
    </form>
  );
}
