import { useTranslation } from 'react-i18next';
import { CALENDAR_VISIBILITIES, CUSTOMER_VISIBILITIES } from '../../../shared/sharing';
import type { workspaceUpdateSchema } from '../../../shared/workspace';
import { FormSelectField } from '../../components/FormTextField';
import type { useApiForm } from '../../components/useApiForm';

type WorkspaceForm = ReturnType<typeof useApiForm<typeof workspaceUpdateSchema>>;

/** Who sees which customers, and whose calendars (the workspace settings, admins). */
export function VisibilityFields({ api }: { api: WorkspaceForm }) {
  const { t } = useTranslation();
  const { control } = api.form;
  return (
    <>
      <FormSelectField
        control={control}
        name="customerVisibility"
        label={t('sharing.customerVisibility')}
        hint={t('sharing.customerVisibilityHint')}
        error={api.errorOf('customerVisibility')}
        options={CUSTOMER_VISIBILITIES.map((value) => ({ value, label: t(`sharing.customerVisibilityOption.${value}`) }))}
      />
      <FormSelectField
        control={control}
        name="calendarVisibility"
        label={t('sharing.calendarVisibility')}
        error={api.errorOf('calendarVisibility')}
        options={CALENDAR_VISIBILITIES.map((value) => ({ value, label: t(`sharing.calendarVisibilityOption.${value}`) }))}
      />
    </>
  );
}
