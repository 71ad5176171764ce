import { useTranslation } from 'react-i18next';
import type { Bucket } from '../../../shared/todo';

/** Where an item falls in the user's day, as a word in a colour (never the colour alone). */
export function BucketBadge({ bucket, done }: { bucket: Bucket; done?: boolean }) {
  const { t } = useTranslation();
  if (done) return <span className="badge badge--done">{t('todo.done')}</span>;
  return <span className={`badge badge--${bucket}`}>{t(`todo.buckets.${bucket}`)}</span>;
}
