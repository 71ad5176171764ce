import type { Control, FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../components/FormTextField';

interface Props<T extends FieldValues> {
  control: Control<T>;
  errorOf: (name: Path<T>) => string | undefined;
}

/** A new password, typed twice (the browser may offer to generate and save it: autocomplete new-password). */
export function NewPasswordFields<T extends FieldValues & { password: string; confirm: string }>({ control, errorOf }: Props<T>) {
  const { t } = useTranslation();
  const password = 'password' as Path<T>;
  const confirm = 'confirm' as Path<T>;
  return (
    <>
      <FormTextField
        control={control}
        name={password}
        label={t('accounts.newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('fields.passwordHint')}
        error={errorOf(password)}
        required
      />
      <FormTextField
        control={control}
        name={confirm}
        label={t('accounts.confirmPassword')}
        type="password"
        autoComplete="new-password"
        error={errorOf(confirm)}
        required
      />
    </>
  );
}
