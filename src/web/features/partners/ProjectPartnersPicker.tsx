import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { useCustomerPartners, usePartnerWrites, useProjectPartners } from './usePartners';

type Props = { projectId: string; customerId: string; readOnly?: boolean };

/** Which of the customer's partners see a project (only this project, not its sub-projects); saved with one PUT. */
export function ProjectPartnersPicker({ projectId, customerId, readOnly = false }: Props) {
  const { t } = useTranslation();
  const partners = useCustomerPartners(customerId);
  const current = useProjectPartners(projectId);
  if (partners.error || current.error) return <Alert>{generalMessage(t, partners.error ?? current.error)}</Alert>;
  if (!partners.data || !current.data) return <p role="status">{t('common.loading')}</p>;
  return (
    <Picker
      // Keyed by the project only: saving refreshes the lists, and the picker keeps its choice and its "Saved."
      key={projectId}
      projectId={projectId}
      partners={partners.data.items}
      initial={current.data.items.map((p) => p.userId)}
      readOnly={readOnly}
    />
  );
}

type PickerProps = { projectId: string; partners: { userId: string; name: string; active: boolean }[]; initial: string[]; readOnly: boolean };

function Picker({ projectId, partners, initial, readOnly }: PickerProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(new Set(initial));
  const [saved, setSaved] = useState(false);
  const save = useSubmit();
  const writes = usePartnerWrites();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setSaved(false);
  };
  const submit = async () => {
    if (await save.run(() => writes.shareProject(projectId, [...chosen]))) setSaved(true);
  };
  return (
    <fieldset className="form">
      <legend>{t('partners.projectPartners')}</legend>
      <p className="muted">{t('partners.projectPartnersHint')}</p>
      {partners.length === 0 ? <p className="muted">{t('partners.none')}</p> : null}
      {partners.map((partner) => (
        <label key={partner.userId} className="checkbox">
          <input
            type="checkbox"
            disabled={readOnly || !partner.active}
            checked={chosen.has(partner.userId)}
            onChange={(event) => toggle(partner.userId, event.target.checked)}
          />
          <bdi>{partner.name}</bdi>
        </label>
      ))}
      {save.error ? <Alert>{generalMessage(t, save.error)}</Alert> : null}
      {saved ? <p role="status">{t('partners.projectSaved')}</p> : null}
      {readOnly || partners.length === 0 ? null : (
        <button type="button" className="button" disabled={save.busy} onClick={() => void submit()}>
          {t('partners.saveProject')}
        </button>
      )}
    </fieldset>
  );
}
