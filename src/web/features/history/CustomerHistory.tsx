import { useTranslation } from 'react-i18next';
import { ChangeList } from './ChangeList';
import { useCustomerHistory } from './useHistory';

/** The customer's History tab: every change of the customer, its contacts and its activities. */
export function CustomerHistory({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const pages = useCustomerHistory(customerId);
  return <ChangeList label={t('changelog.history')} pages={pages} />;
}
