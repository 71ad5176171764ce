/** What a form's group of settings-list pickers takes: the chosen ids, a change to some of them, and the field errors. */
export interface ExtraFieldsProps<T> {
  values: T;
  onChange: (change: Partial<T>) => void;
  errors: Record<string, string>;
}
