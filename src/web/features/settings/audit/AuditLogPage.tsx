import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../../api';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import { useLoad } from '../../../components/hooks';
import { useFormat } from '../../../format';
import { useUsers } from '../../users/useUsers';
import { diff } from './diff';
import { LoadMore } from '../../../components/LoadMore';

interface AuditEntry {
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

const ENTITIES = ['customer_status', 'category', 'industry', 'contact_role', 'origin', 'source', 'product', 'activity_type', 'activity_status', 'group', 'group_member', 'sales_budget'] as const;

/** Who changed which setting when, with a compact before → after. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useUsers();
  const [entity, setEntity] = useState('');
  const first = useLoad((signal) => api.get<Page<AuditEntry>>('/audit-log', { entity, limit: 50 }, signal), `audit:${entity}`);
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });

  useEffect(() => {
    if (!first.data) return;
    setItems(first.data.items);
    setCursor(first.data.nextCursor);
  }, [first.data]);

  const loadMore = async () => {
    if (!cursor) return;
    setMore({ busy: true, error: null });
    try {
      const page = await api.get<Page<AuditEntry>>('/audit-log', { entity, limit: 50, cursor });
      setItems((current) => [...current, ...page.items]);
      setCursor(page.nextCursor);
      setMore({ busy: false, error: null });
    } catch (error) {
      setMore({ busy: false, error });
    }
  };

  const entityName = (name: string) => (ENTITIES as readonly string[]).includes(name) ? t(`settings.audit.entities.${name}`) : name;
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
      {first.error || more.error ? <Alert>{generalMessage(t, first.error ?? more.error)}</Alert> : null}
      {first.loading && items.length === 0 ? <p role="status">{t('common.loading')}</p> : null}
      {!first.loading && items.length === 0 ? <p className="empty">{t('settings.audit.none')}</p> : null}
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
      <LoadMore hasMore={cursor !== null} loading={more.busy} onLoadMore={loadMore} />
    </>
  );
}
