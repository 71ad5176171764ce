import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';

/** The item's name, "inactive" when it is, and what the page shows about it. */
export function RowName({ item, details }: { item: ListItem; details?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>
        <bdi>{item.name}</bdi>
      </strong>
      {item.active ? null : <span className="badge badge--muted">{t('settings.list.inactive')}</span>}
      {details}
    </>
  );
}
