import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { TextField, type TextFieldProps } from './Field';

type FormTextFieldProps<T extends FieldValues> = Omit<TextFieldProps, 'value' | 'onChange' | 'name'> & { control: Control<T>; name: Path<T> };

/** A TextField bound to a react-hook-form field (its error comes from the form, in the user's language). */
export function FormTextField<T extends FieldValues>({ control, name, ...rest }: FormTextFieldProps<T>) {
  const { field } = useController({ control, name });
  return <TextField {...rest} name={name} value={String(field.value ?? '')} onChange={field.onChange} onBlur={field.onBlur} />;
}
