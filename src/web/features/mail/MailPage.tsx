import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { MailDropZone } from './MailDropZone';
import { UnmatchedList } from './UnmatchedList';

/** The Mail page: drop or pick .eml files to journal them, and the mail waiting for a customer. */
export function MailPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('mail.title')} />
      <MailDropZone showInboxLink={false} />
      <UnmatchedList />
    </>
  );
}
