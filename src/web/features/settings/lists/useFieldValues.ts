import { type FieldValues, type Path, type PathValue, type UseFormReturn, useWatch } from 'react-hook-form';

/**
 * A form's fields as plain values, a setter and messages, for field sets drawn by a page
 * (`render(values, set, errors)`) that do not know react-hook-form.
 */
export function useFieldValues<E extends Record<string, unknown>, F extends FieldValues>(
  form: UseFormReturn<F, unknown, FieldValues>,
  initial: E,
  errorOf: (name: Extract<keyof E, string>) => string | undefined,
) {
  const values = { ...initial, ...useWatch({ control: form.control }) } as E;
  const errors: Record<string, string> = {};
  for (const name of Object.keys(initial) as Extract<keyof E, string>[]) {
    const message = errorOf(name);
    if (message) errors[name] = message;
  }
  const set = (change: Partial<E>) => {
    // The page's names are the form's own (both come from `initial`).
    for (const [name, value] of Object.entries(change)) form.setValue(name as Path<F>, value as PathValue<F, Path<F>>, { shouldDirty: true });
  };
  return { values, set, errors };
}
