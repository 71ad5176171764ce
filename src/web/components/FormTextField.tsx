import type { ComponentType } from 'react';
import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { SelectField, type SelectFieldProps, TextAreaField, type TextAreaFieldProps, TextField, type TextFieldProps } from './Field';

type Bound<P, T extends FieldValues> = Omit<P, 'value' | 'onChange' | 'name'> & { control: Control<T>; name: Path<T> };

/** Binds a field of the Field family to a react-hook-form field: the control shows the form's value and reports its changes. */
function bind<P extends { value: string; onChange: (value: string) => void }>(Field: ComponentType<P>) {
  return function FormField<T extends FieldValues>({ control, name, ...rest }: Bound<P, T>) {
    const { field } = useController({ control, name });
    const props = { ...rest, name, value: String(field.value ?? ''), onChange: field.onChange, onBlur: field.onBlur } as unknown as P;
    return <Field {...props} />;
  };
}

/** A TextField bound to a react-hook-form field (its error comes from the form, in the user's language). */
export const FormTextField = bind<TextFieldProps>(TextField);
export const FormSelectField = bind<SelectFieldProps>(SelectField);
export const FormTextAreaField = bind<TextAreaFieldProps>(TextAreaField);
