import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field';
import { isLanguage, LANGUAGES } from '../../i18n';

/** The language to use; choosing one switches the page to it at once. */
export function LanguageField<T extends FieldValues>({ control, name, error }: { control: Control<T>; name: Path<T>; error?: string }) {
  const { t, i18n } = useTranslation();
  const { field } = useController({ control, name });
  return (
    <SelectField
      label={t('fields.language')}
      value={String(field.value ?? '')}
      onChange={(value) => {
        field.onChange(value);
        if (isLanguage(value)) void i18n.changeLanguage(value);
      }}
      options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
      error={error}
    />
  );
}
