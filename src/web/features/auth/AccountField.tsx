import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../components/FormTextField';

/** Each account field with the autocomplete a password manager looks for (new-password: the browser may offer to generate one). */
const ACCOUNT_FIELDS = {
  email: { label: 'fields.email', type: 'email', autoComplete: 'username', hint: undefined },
  signInPassword: { label: 'fields.password', type: 'password', autoComplete: 'current-password', hint: undefined },
  currentPassword: { label: 'accounts.currentPassword', type: 'password', autoComplete: 'current-password', hint: undefined },
  password: { label: 'accounts.newPassword', type: 'password', autoComplete: 'new-password', hint: 'fields.passwordHint' },
  confirm: { label: 'accounts.confirmPassword', type: 'password', autoComplete: 'new-password', hint: undefined },
} as const;

export type AccountFieldName = keyof typeof ACCOUNT_FIELDS;

interface AccountFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: AccountFieldName & Path<T>;
  /** Which field it is when that differs from its name in the form (the sign-in page's `password` is the current one). */
  kind?: AccountFieldName;
  errorOf: (name: Path<T>) => string | undefined;
  autoFocus?: boolean;
}

/** A required email or password field of the sign-in and password pages, bound to the form. */
export function AccountField<T extends FieldValues>({ control, name, kind, errorOf, autoFocus }: AccountFieldProps<T>) {
  const { t } = useTranslation();
  const { label, type, autoComplete, hint } = ACCOUNT_FIELDS[kind ?? name];
  return (
    <FormTextField
      control={control}
      name={name}
      label={t(label)}
      type={type}
      autoComplete={autoComplete}
      hint={hint ? t(hint) : undefined}
      error={errorOf(name)}
      autoFocus={autoFocus}
      required
    />
  );
}
