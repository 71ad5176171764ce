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

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> &
  FieldProps & {
    ref?: Ref<HTMLInputElement>;
    /** Classes of the field around the label and input (`className` goes to the input). */
    fieldClassName?: string;
  };

export function TextField({ id, label, value, onChange, error, hint, required, fieldClassName, ...rest }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} className={fieldClassName}>
      {(ids) => <input {...rest} {...ids.aria} id={ids.id} value={value} required={required} onChange={(event) => onChange(event.target.value)} />}
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** Options shown under a heading (`<optgroup>`). */
export interface SelectOptionGroup {
  group: string;
  options: SelectOption[];
}

export type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> &
  FieldProps & {
    options: (SelectOption | SelectOptionGroup)[];
    /** A first choice with the empty value, such as "All types" in a filter. */
    emptyLabel?: string;
  };

function Option({ option }: { option: SelectOption }) {
  return <option value={option.value}>{option.label}</option>;
}

function Options({ options }: { options: SelectFieldProps['options'] }) {
  return options.map((item) =>
    'group' in item ? (
      <optgroup key={`group:${item.group}`} label={item.group}>
        {item.options.map((option) => (
          <Option key={option.value} option={option} />
        ))}
      </optgroup>
    ) : (
      <Option key={item.value} option={item} />
    ),
  );
}

export function SelectField({ id, label, value, onChange, options, emptyLabel, error, hint, required, ...rest }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required}>
      {(ids) => (
        <select {...rest} {...ids.aria} id={ids.id} value={value} required={required} onChange={(event) => onChange(event.target.value)}>
          {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
          <Options options={options} />
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
