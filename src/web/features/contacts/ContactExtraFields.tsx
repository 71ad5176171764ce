import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts';
import { CategoryPicker } from '../settings/pickers/CategoryPicker';
import type { ExtraFieldsProps } from '../settings/pickers/extra-fields';
import { ListSelectField } from '../settings/pickers/ListSelectField';

export type ContactExtra = Pick<Contact, 'roleId' | 'categoryIds'>;
export const CONTACT_EXTRA_FIELDS = ['roleId', 'categoryIds'] as const;
export const contactExtraOf = (contact: Contact | undefined): ContactExtra => ({ roleId: contact?.roleId ?? null, categoryIds: contact?.categoryIds ?? [] });

/** The contact form's pickers: role (CEO, CFO, consultant…) and categories for contacts. */
export function ContactExtraFields({ values, onChange, errors }: ExtraFieldsProps<ContactExtra>) {
  const { t } = useTranslation();
  return (
    <>
      <ListSelectField
        path="contact-roles"
        label={t('settings.pickers.role')}
        emptyLabel={t('settings.pickers.noRole')}
        value={values.roleId}
        onChange={(roleId) => onChange({ roleId })}
        error={errors.roleId}
      />
      <CategoryPicker target="contact" value={values.categoryIds} onChange={(categoryIds) => onChange({ categoryIds })} error={errors.categoryIds} />
    </>
  );
}
