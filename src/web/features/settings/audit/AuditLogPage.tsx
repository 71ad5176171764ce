import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../../api';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import { usePages } from '../../../components/usePages';
import { useFormat } from '../../../format';
import { useUsers } from '../../users/useUsers';
import { diff } from './diff';
import { LoadMore } from '../../../components/LoadMore';

const ENTITIES = [
  'customer_status',
  'category',
  'industry',
  'contact_role',
  'origin',
  'source',
  'product',
  'activity_type',
  'activity_status',
  'group',
  'group_member',
  'sales_budget',
] as const;

/** The settings change log, newest first, 50 a page. */
const useAuditLog = (entity: string) =>
  usePages(['audit-log', entity], (cursor, signal) => unwrap(client.GET('/api/v1/audit-log', { params: { query: { entity, limit: 50, cursor } }, signal })));

/** Who changed which setting when, with a compact before → after. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useUsers();
  const [entity, setEntity] = useState('');
  const log = useAuditLog(entity);
  const items = log.items;

  const entityName = (name: string) => ((ENTITIES as readonly string[]).includes(name) ? t(`settings.audit.entities.${name}`) : name);
  const actionName = (name: string) => (['create', 'update', 'delete', 'move'].includes(name) ? t(`settings.audit.actions.${name}`) : name);

  return (
    <>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="audit-entity">{t('settings.audit.what')}</label>
          <select id="audit-entity" value={entity} onChange={(event) => setEntity(event.target.value)}>
            <option value="">{t('settings.audit.everything')}</option>
            {ENTITIES.map((name) => (
              <option key={name} value={name}>
                {entityName(name)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {log.error ? <Alert>{generalMessage(t, log.error)}</Alert> : null}
      {log.loading && items.length === 0 ? <p role="status">{t('common.loading')}</p> : null}
      {!log.loading && items.length === 0 ? <p className="empty">{t('settings.audit.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table audit" aria-label={t('settings.sections.auditLog')}>
            <thead>
              <tr>
                <th scope="col">{t('settings.audit.when')}</th>
                <th scope="col">{t('settings.audit.who')}</th>
                <th scope="col">{t('settings.audit.what')}</th>
                <th scope="col">{t('settings.audit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry, index) => {
                const changes = diff(entry.before, entry.after, nameOf);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a log entry has no id and pages are only appended; the time alone may repeat
                  <tr key={`${entry.at}-${index}`}>
                    <td className="nowrap">{format.dateTime(entry.at)}</td>
                    <td className="nowrap">
                      <bdi>{nameOf(entry.userId) || t('common.unknownUser')}</bdi>
                    </td>
                    <td className="nowrap">
                      {actionName(entry.action)} · {entityName(entry.entity)}
                    </td>
                    <td>
                      <ul className="audit__changes">
                        {changes.map((change) => (
                          <li key={change.field}>
                            {change.field ? <span className="audit__field">{change.field}</span> : null}{' '}
                            {change.before !== null ? <del>{change.before}</del> : null}
                            {change.before !== null && change.after !== null ? <span aria-hidden="true"> → </span> : null}
                            {change.after !== null ? <ins>{change.after}</ins> : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore hasMore={log.hasMore} loading={log.loadingMore} onLoadMore={log.loadMore} />
    </>
  );
}
