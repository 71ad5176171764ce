import type { InputHTMLAttributes, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

export { FieldError, FieldFrame, type FieldIds } from './FieldFrame';

/** What every field takes besides its control's own attributes: a label, the value as text, and messages. */
interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & FieldProps & { ref?: Ref<HTMLInputElement> };

export function TextField({ label, value, onChange, error, hint, required, ...rest }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {({ id, aria }) => <input {...rest} {...aria} id={id} value={value} required={required} onChange={(event) => onChange(event.target.value)} />}
    </FieldFrame>
  );
}

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> &
  FieldProps & { options: { value: string; label: string }[] };

export function SelectField({ label, value, onChange, options, error, hint, required, ...rest }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {({ id, aria }) => (
        <select {...rest} {...aria} id={id} value={value} required={required} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & FieldProps & { ref?: Ref<HTMLTextAreaElement> };

/** Free text over several lines; `dir="auto"` so a note in another script reads the right way. */
export function TextAreaField({ label, value, onChange, error, hint, required, ...rest }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {({ id, aria }) => (
        <textarea dir="auto" {...rest} {...aria} id={id} value={value} required={required} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
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
