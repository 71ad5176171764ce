import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { formErrors, generalMessage } from '../../../components/errors';
import { SelectField } from '../../../components/Field';
import { useSubmit } from '../../../components/hooks';
import { Dialog } from '../../../components/Dialog';
import { Moved } from './MovedNotice';
import { useIndustryMove } from './useIndustryMove';

interface MoveCustomersDialogProps {
  from: ListItem;
  industries: ListItem[];
  onClose: () => void;
}

/** Seed 003: move every customer of one industry to another, after saying how many will move. */
export function MoveCustomersDialog({ from, industries, onClose }: MoveCustomersDialogProps) {
  const { t } = useTranslation();
  const { usage, move: moveAll } = useIndustryMove(from.id);
  const [toId, setToId] = useState('');
  const [moved, setMoved] = useState<number | null>(null);
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, ['toIndustryId']);
  const targets = industries.filter((industry) => industry.id !== from.id && (industry.active || industry.id === toId));
  const to = industries.find((industry) => industry.id === toId);
  const count = usage.data?.customers;

  const move = async () => {
    const result = await run(() => moveAll(toId));
    if (result) setMoved(result.moved);
  };

  return (
    <Dialog title={t('settings.industries.moveTitle', { name: from.name })} onClose={onClose}>
      {moved !== null && to ? (
        <Moved text={t('settings.industries.moved', { count: moved, to: to.name })} onClose={onClose} />
      ) : (
        <div className="form form--compact">
          {usage.error ? <Alert>{generalMessage(t, usage.error)}</Alert> : null}
          {errors.general ? <Alert>{errors.general}</Alert> : null}
          <p className="dialog__text">{count === undefined ? t('common.loading') : t('settings.industries.usage', { count, name: from.name })}</p>
          <SelectField
            label={t('settings.industries.moveTo')}
            value={toId}
            onChange={setToId}
            options={[
              { value: '', label: t('settings.industries.chooseIndustry') },
              ...targets.map((industry) => ({ value: industry.id, label: industry.name })),
            ]}
            error={errors.fields.toIndustryId}
            autoFocus
          />
          {to && count !== undefined ? (
            <p className="dialog__question" role="status">
              {t('settings.industries.confirm', { count, from: from.name, to: to.name })}
            </p>
          ) : null}
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={!to || count === undefined || busy} onClick={() => void move()}>
              {busy ? t('common.saving') : t('settings.industries.confirmYes')}
            </button>
            <button type="button" className="button button--quiet" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
