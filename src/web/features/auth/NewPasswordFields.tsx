import type { Control, FieldValues, Path } from 'react-hook-form';
import { AccountField } from './AccountField';

interface Props<T extends FieldValues> {
  control: Control<T>;
  errorOf: (name: Path<T>) => string | undefined;
}

/** A new password, typed twice. */
export function NewPasswordFields<T extends FieldValues & { password: string; confirm: string }>({ control, errorOf }: Props<T>) {
  return (
    <>
      <AccountField control={control} name={'password' as 'password' & Path<T>} errorOf={errorOf} />
      <AccountField control={control} name={'confirm' as 'confirm' & Path<T>} errorOf={errorOf} />
    </>
  );
}
