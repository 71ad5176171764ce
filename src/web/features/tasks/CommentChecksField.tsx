import { useTranslation } from 'react-i18next';
import type { CommentCheck } from '../../../shared/tasks';
import { CheckboxField, FieldError, TextField } from '../../components/Field';

/** At most this many auto-checks per template (the API's rule). */
const MAX_CHECKS = 20;

interface CommentChecksFieldProps {
  value: CommentCheck[];
  onChange: (checks: CommentCheck[]) => void;
  error?: string;
}

/** A template's comment auto-checks: a label each and whether a new comment starts with it ticked. */
export function CommentChecksField({ value, onChange, error }: CommentChecksFieldProps) {
  const { t } = useTranslation();
  const change = (index: number, part: Partial<CommentCheck>) => onChange(value.map((check, i) => (i === index ? { ...check, ...part } : check)));
  return (
    <fieldset className="comment-checks-editor">
      <legend>{t('tasks.checks.legend')}</legend>
      <p className="muted">{t('tasks.checks.hint')}</p>
      {value.map((check, index) => (
        // A check's position is its identity while it is edited (a new one has no key yet).
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={index} className="comment-checks-editor__row">
          <TextField
            label={t('tasks.checks.label', { number: index + 1 })}
            value={check.label}
            onChange={(label) => change(index, { label })}
            maxLength={100}
            dir="auto"
            required
          />
          <CheckboxField label={t('tasks.checks.ticked')} checked={check.defaultChecked} onChange={(defaultChecked) => change(index, { defaultChecked })} />
          <button type="button" className="button button--quiet button--small" onClick={() => onChange(value.filter((_, i) => i !== index))}>
            {t('tasks.checks.remove', { number: index + 1 })}
          </button>
        </div>
      ))}
      {value.length < MAX_CHECKS ? (
        <button type="button" className="button button--small" onClick={() => onChange([...value, { key: '', label: '', defaultChecked: false }])}>
          {t('tasks.checks.add')}
        </button>
      ) : null}
      <FieldError error={error} />
    </fieldset>
  );
}
