import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { CheckboxField, FieldFrame } from '../../components/Field';

// Kept here too for the files that import them from the activity fields (the to-do filters, the complete dialog).
export { CheckboxField, TextAreaField } from '../../components/Field';

export interface WhenValue {
  date: string;
  time: string;
  allDay: boolean;
}

interface WhenFieldsProps {
  value: WhenValue;
  onChange: (value: WhenValue) => void;
  error?: string;
  timeZone: string;
  dateLabel: string;
  timeLabel: string;
  allDayOption?: boolean;
}

/**
 * Date (in the user's language, with a calendar), optional time (the browser's own picker) and all-day. The values are wall-clock values in the
 * user's time zone (named in the hint), turned into an instant with `zonedIso` on save.
 */
export function WhenFields({ value, onChange, error, timeZone, dateLabel, timeLabel, allDayOption = true }: WhenFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="when">
      <FieldFrame label={dateLabel} error={error} required>
        {({ id, aria }) => <DateField {...aria} id={id} required value={value.date} onChange={(date) => onChange({ ...value, date })} />}
      </FieldFrame>
      {value.allDay ? null : (
        <FieldFrame label={timeLabel}>
          {({ id }) => <input id={id} type="time" value={value.time} onChange={(event) => onChange({ ...value, time: event.target.value })} />}
        </FieldFrame>
      )}
      {allDayOption ? <CheckboxField label={t('activity.allDay')} checked={value.allDay} onChange={(allDay) => onChange({ ...value, allDay })} /> : null}
      <p className="field__hint when__zone">{t('activity.inTimeZone', { zone: timeZone.replace(/_/g, ' ') })}</p>
    </div>
  );
}
