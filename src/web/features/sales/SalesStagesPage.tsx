import { useTranslation } from 'react-i18next';
import { SALES_STAGE_KINDS, type SalesStage, type SalesStageKind, salesStageCreateSchema } from '../../../shared/sales';
import { SelectField, TextField } from '../../components/Field';
import { SettingsListView } from '../settings/lists/SettingsListView';

const isKind = (value: string): value is SalesStageKind => (SALES_STAGE_KINDS as readonly string[]).includes(value);
const percent = (text: string) => Math.max(0, Math.min(100, Math.round(Number(text) || 0)));

/** Sales stages: each with a probability and a kind (open, won, lost); the pipeline's columns. */
export function SalesStagesPage() {
  const { t } = useTranslation();
  const kinds = SALES_STAGE_KINDS.map((kind) => ({ value: kind, label: t(`sales.stages.kinds.${kind}`) }));
  return (
    <SettingsListView<SalesStage, { probability: number; kind: SalesStageKind }>
      path="sales-stages"
      title={t('settings.sections.salesStages')}
      extra={{
        initial: { probability: 10, kind: 'open' as SalesStageKind },
        schema: salesStageCreateSchema,
        render: (values, set, errors) => (
          <>
            <TextField
              label={t('sales.stages.probability')}
              type="number"
              min={0}
              max={100}
              value={String(values.probability)}
              onChange={(value) => set({ probability: percent(value) })}
              error={errors.probability}
            />
            <SelectField
              label={t('sales.stages.kind')}
              value={values.kind}
              onChange={(value) => isKind(value) && set({ kind: value })}
              options={kinds}
              error={errors.kind}
            />
          </>
        ),
      }}
      details={(item, change) => (
        <>
          <label className="settings-inline-field">
            <span className="visually-hidden">{t('sales.stages.probabilityNamed', { name: item.name })}</span>
            <input
              type="number"
              min={0}
              max={100}
              defaultValue={item.probability}
              onBlur={(event) => void change({ probability: percent(event.target.value) })}
            />
          </label>
          <label className="settings-inline-field">
            <span className="visually-hidden">{t('sales.stages.kindNamed', { name: item.name })}</span>
            <select value={item.kind} onChange={(event) => void change({ kind: event.target.value })}>
              {kinds.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    />
  );
}
