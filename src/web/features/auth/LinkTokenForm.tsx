import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { type FieldProblem, fieldMessage } from '../../components/errors';
import { LinkTokenPage } from './LinkTokenPage';

interface LinkTokenFormProps {
  token: string;
  title: string;
  intro: string;
  submitLabel: string;
  submit: FormEventHandler<HTMLFormElement>;
  busy: boolean;
  linkError: FieldProblem | null;
  general: string | null;
  children: ReactNode;
}

/** A one-time link's page with its form: the link's own error first, else the form's, then the fields and the button. */
export function LinkTokenForm({ token, title, intro, submitLabel, submit, busy, linkError, general, children }: LinkTokenFormProps) {
  const { t } = useTranslation();
  return (
    <LinkTokenPage token={token} title={title} intro={intro}>
      <form className="form" onSubmit={submit} noValidate aria-label={title}>
        {linkError ? <Alert>{fieldMessage(t, linkError.message, linkError.reason)}</Alert> : general ? <Alert>{general}</Alert> : null}
        {children}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </LinkTokenPage>
  );
}
