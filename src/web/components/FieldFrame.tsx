import { type ReactNode, useId } from 'react';

/** What a control needs to be linked to its label, hint and error. */
export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  /** `aria-invalid` and `aria-describedby`, ready to spread onto the control. */
  aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
}

export interface FieldFrameProps {
  /** A fixed id for the control; by default one is made up. */
  id?: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  children: (ids: FieldIds) => ReactNode;
}

function Required() {
  return (
    <span className="field__required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

/** The one field markup: a label, the control, a hint, and the error beside it (announced and linked to the control). */
export function FieldFrame({ id: fixedId, label, error, hint, required, className, children }: FieldFrameProps) {
  const madeId = useId();
  const id = fixedId ?? madeId;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const classes = ['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>
        {label}
        {required ? <Required /> : null}
      </label>
      {children({ id, describedBy, aria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } })}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** An error under a control or a group of controls (announced; `id` links it from the control). */
export function FieldError({ id, error }: { id?: string; error?: string }) {
  return error ? (
    <p className="field__error" id={id} role="alert">
      {error}
    </p>
  ) : null;
}
