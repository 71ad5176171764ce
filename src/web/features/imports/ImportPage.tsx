import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ImportWizard } from './ImportWizard';

/** Import customers, contacts or activities from a CSV or XLSX file (issue 19). */
export function ImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('imports.title')} />
      <ImportWizard />
    </>
  );
}
