import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/history';
import { useFormat } from '../../format';
import { sentencesOf } from './sentences';

const json = (value: unknown) => JSON.stringify(value ?? null, null, 2);

/** One change: when, what happened in sentences, and the raw record under "Details". */
export function ChangeEntry({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="changelog__entry">
      <time className="changelog__when" dateTime={entry.at}>
        {format.dateTime(entry.at)}
      </time>
      <ul className="changelog__sentences">
        {sentencesOf(entry, t, format).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <details className="changelog__details">
        <summary>{t('changelog.details')}</summary>
        <dl>
          <dt>{t('changelog.before')}</dt>
          <dd>
            <pre>{json(entry.before)}</pre>
          </dd>
          <dt>{t('changelog.after')}</dt>
          <dd>
            <pre>{json(entry.after)}</pre>
          </dd>
        </dl>
      </details>
    </li>
  );
}
