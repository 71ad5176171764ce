import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field';
import { useFormat } from '../../format';
import { useUsers } from '../users/useUsers';
import { WhenFields } from './fields';
import type { useCompleteForm } from './useCompleteForm';
import type { ActivityLookups } from './useActivityLookups';

type FollowUpProps = ReturnType<typeof useCompleteForm>['followUp'] & { lookups: ActivityLookups; fields: Record<string, string> };

/** The next follow-up: when, which type, what to do, who (the same salesperson by default). */
export function FollowUpFieldset({ when, setWhen, typeId, setTypeId, text, setText, responsibleId, setResponsibleId, lookups, fields }: FollowUpProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { users } = useUsers();
  const typeOptions = lookups.types.filter((type) => type.active || type.id === typeId).map((type) => ({ value: type.id, label: type.name }));
  const userOptions = [
    { value: '', label: t('todo.sameResponsible') },
    ...users.filter((user) => user.active).map((user) => ({ value: user.id, label: user.name })),
  ];
  return (
    <fieldset className="dialog__followup">
      <legend>{t('todo.nextFollowUp')}</legend>
      <WhenFields
        value={when}
        onChange={setWhen}
        error={fields['followUp.scheduledAt']}
        timeZone={format.timeZone}
        dateLabel={t('todo.followUpDate')}
        timeLabel={t('todo.followUpTime')}
        allDayOption={false}
      />
      <SelectField label={t('todo.followUpType')} value={typeId} onChange={setTypeId} options={typeOptions} error={fields['followUp.typeId']} />
      <TextField
        label={t('todo.followUpText')}
        value={text}
        onChange={setText}
        error={fields['followUp.text']}
        hint={t('todo.followUpTextHint')}
        dir="auto"
        autoComplete="off"
      />
      <SelectField
        label={t('todo.followUpResponsible')}
        value={responsibleId}
        onChange={setResponsibleId}
        options={userOptions}
        error={fields['followUp.responsibleId']}
      />
    </fieldset>
  );
}
