import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';

/** Types, statuses and customer statuses Tend seeded say whether they still have their standard name. */
const hasStandardName = (item: ListItem) => 'nameIsDefault' in item && item.nameIsDefault === true;

/** The item's name, "inactive" when it is, "standard name" (read in each user's language), and what the page shows about it. */
export function RowName({ item, details }: { item: ListItem; details?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>
        <bdi>{item.name}</bdi>
      </strong>
      {item.active ? null : <span className="badge badge--muted">{t('settings.list.inactive')}</span>}
      {hasStandardName(item) ? (
        <span className="badge badge--muted" title={t('lists.standardNameHint')}>
          {t('lists.standardName')}
        </span>
      ) : null}
      {details}
    </>
  );
}
