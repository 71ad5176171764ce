import type { Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/common';
import { SelectField } from '../../components/Field';
import { TimeZoneField } from '../../components/TimeZoneField';
import { LANGUAGES } from '../../i18n';

type Choices = { role: Role; locale?: string; timeZone?: string };

interface Props<T extends Choices> {
  form: UseFormReturn<T, unknown, unknown>;
  errorOf: (name: Path<T>) => string | undefined;
  roles: readonly Role[];
}

/** Role, language and time zone of a new or invited user, bound to the form. */
export function ChoiceFields<T extends Choices>({ form, errorOf, roles }: Props<T>) {
  const { t } = useTranslation();
  const f = form as unknown as UseFormReturn<Choices, unknown, unknown>;
  const err = errorOf as unknown as (name: keyof Choices) => string | undefined;
  return (
    <>
      <SelectField
        label={t('fields.role')}
        value={f.watch('role')}
        onChange={(role) => f.setValue('role', role as Role)}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        error={err('role')}
      />
      <SelectField
        label={t('fields.language')}
        value={f.watch('locale') ?? 'en'}
        onChange={(locale) => f.setValue('locale', locale)}
        options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
        error={err('locale')}
      />
      <TimeZoneField label={t('fields.timeZone')} value={f.watch('timeZone') ?? ''} onChange={(zone) => f.setValue('timeZone', zone)} error={err('timeZone')} />
    </>
  );
}
