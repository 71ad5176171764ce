import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** Label, control and the error beside it, as the shared Field does, for controls it lacks. */
function Frame({
  label,
  error,
  required,
  children,
}: {
  label: string;
  error?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({ id, describedBy: error ? errorId : undefined })}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

export function TextAreaField({ label, value, onChange, error, required, ref, ...rest }: TextAreaFieldProps) {
  return (
    <Frame label={label} error={error} required={required}>
      {({ id, describedBy }) => (
        <textarea
          {...rest}
          ref={ref}
          id={id}
          dir="auto"
          value={value}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Frame>
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

export interface WhenValue {
  date: string;
  time: string;
  allDay: boolean;
}

/**
 * Date, optional time and all-day, as native pickers. The values are wall-clock values in the
 * user's time zone (named in the hint), turned into an instant with `zonedIso` on save.
 */
export function WhenFields({
  value,
  onChange,
  error,
  timeZone,
  dateLabel,
  timeLabel,
  allDayOption = true,
}: {
  value: WhenValue;
  onChange: (value: WhenValue) => void;
  error?: string;
  timeZone: string;
  dateLabel: string;
  timeLabel: string;
  allDayOption?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="when">
      <Frame label={dateLabel} error={error} required>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="date"
            required
            value={value.date}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...value, date: event.target.value })}
          />
        )}
      </Frame>
      {value.allDay ? null : (
        <Frame label={timeLabel}>
          {({ id }) => <input id={id} type="time" value={value.time} onChange={(event) => onChange({ ...value, time: event.target.value })} />}
        </Frame>
      )}
      {allDayOption ? <CheckboxField label={t('activity.allDay')} checked={value.allDay} onChange={(allDay) => onChange({ ...value, allDay })} /> : null}
      <p className="field__hint when__zone">{t('activity.inTimeZone', { zone: timeZone.replace(/_/g, ' ') })}</p>
    </div>
  );
}
