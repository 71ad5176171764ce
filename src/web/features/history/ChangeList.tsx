import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/history';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { LoadMore } from '../../components/LoadMore';
import { ChangeEntry } from './ChangeEntry';
import './changelog.css';

interface ChangeListProps {
  label: string;
  pages: { items: AuditEntry[]; loading: boolean; loadingMore: boolean; hasMore: boolean; error: unknown; loadMore: () => Promise<void> };
}

/** Changes newest first, as sentences, with "Load more". */
export function ChangeList({ label, pages }: ChangeListProps) {
  const { t } = useTranslation();
  return (
    <>
      {pages.error ? <Alert>{generalMessage(t, pages.error)}</Alert> : null}
      {pages.loading && pages.items.length === 0 ? <p role="status">{t('common.loading')}</p> : null}
      {!pages.loading && !pages.error && pages.items.length === 0 ? <p className="empty">{t('changelog.none')}</p> : null}
      {pages.items.length > 0 ? (
        <ol className="changelog" aria-label={label}>
          {pages.items.map((entry) => (
            <ChangeEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      ) : null}
      <LoadMore hasMore={pages.hasMore} loading={pages.loadingMore} onLoadMore={pages.loadMore} />
    </>
  );
}
