import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api';
import { Alert } from '../../components/Alert';
import { useFormat } from '../../format';

/**
 * Background work that failed for good in the last week (reminders, recurring work, mail), per
 * queue, for admins: a job that keeps failing shows here rather than only in the server's log.
 */
export function FailedJobsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const jobs = useQuery({ queryKey: ['jobs', 'failed'], queryFn: ({ signal }) => unwrap(client.GET('/api/v1/jobs/failed', { signal })) });
  if (jobs.isError) return <Alert>{t('jobs.loadFailed')}</Alert>;
  if (!jobs.data) return <p aria-busy="true">{t('jobs.loading')}</p>;
  if (jobs.data.items.length === 0) return <Alert kind="success">{t('jobs.none')}</Alert>;
  return (
    <table className="table" aria-label={t('settings.sections.backgroundJobs')}>
      <thead>
        <tr>
          <th scope="col">{t('jobs.queue')}</th>
          <th scope="col">{t('jobs.failed')}</th>
          <th scope="col">{t('jobs.lastFailedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.data.items.map((job) => (
          <tr key={job.queue}>
            <td>
              <code>{job.queue}</code>
            </td>
            <td>{format.number(job.failed)}</td>
            <td>{format.dateTime(job.lastFailedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
