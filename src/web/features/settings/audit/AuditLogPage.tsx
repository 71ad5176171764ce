import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeList } from '../../history/ChangeList';
import { type LogFilters, useAuditLog } from '../../history/useHistory';
import { AuditFilters } from './AuditFilters';

const NO_FILTERS: LogFilters = { entity: '', userId: '', action: '', from: '', to: '' };

/** The workspace's change log, newest first, as sentences ("Mette changed the industry of …"), with filters. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<LogFilters>(NO_FILTERS);
  const log = useAuditLog(filters);
  return (
    <>
      <AuditFilters value={filters} onChange={setFilters} />
      <ChangeList label={t('settings.sections.auditLog')} pages={log} />
    </>
  );
}
