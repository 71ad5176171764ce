import { useTranslation } from 'react-i18next';

interface LoadMoreProps {
  /** Whether the server said there is a next page (a cursor). */
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void | Promise<void>;
}

/** The "Load more" button under every cursor-paged list. */
export function LoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <button type="button" className="button" onClick={() => void onLoadMore()} disabled={loading}>
        {loading ? t('common.loading') : t('common.loadMore')}
      </button>
    </div>
  );
}
