import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_SHARE_MAX, type Share } from '../../../shared/sharing';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { AccessSelect, ShareTargetSelect, useTargetNames } from './ShareTargetSelect';
import { type ListFilter, matchingIds, useShareWrites } from './useShares';

/** Which customers: the ones selected, or all that a list filter finds (up to BULK_SHARE_MAX). */
export type BulkTarget = { ids: string[] } | { filter: ListFilter };

/** The ids to share: the selection, or the filter's matches asked for once the dialog opens. */
function useBulkIds(target: BulkTarget) {
  const filter = 'filter' in target ? target.filter : null;
  const found = useQuery({ queryKey: ['customers', 'bulk-ids', filter], queryFn: () => matchingIds(filter ?? {}), enabled: filter !== null, gcTime: 0 });
  if ('ids' in target) return { ids: target.ids, more: false, loading: false, error: null };
  return { ids: found.data?.ids ?? [], more: found.data?.more ?? false, loading: found.isPending, error: found.error };
}

type Props = { target: BulkTarget; onClose: () => void; onDone: (shared: number) => void };

/** Share many customers at once with users and groups, to read or to edit (adds to their shares). */
export function BulkShareDialog({ target, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { ids, more, loading, error } = useBulkIds(target);
  const [targets, setTargets] = useState<string[]>([]);
  const [access, setAccess] = useState<Share['access']>('read');
  const [missing, setMissing] = useState(false);
  const save = useSubmit();
  const writes = useShareWrites();
  const submit = async () => {
    setMissing(targets.length === 0);
    if (targets.length === 0) return;
    const pick = (prefix: string) => targets.filter((s) => s.startsWith(prefix)).map((s) => s.slice(2));
    const result = await save.run(() => writes.shareMany({ customerIds: ids, userIds: pick('u:'), groupIds: pick('g:'), access }));
    if (result) onDone(result.shared);
  };
  return (
    <Dialog title={loading ? t('share.bulk.counting') : t('share.bulk.title', { count: ids.length })} onClose={onClose}>
      <form
        className="form share-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
        {more ? <Alert kind="info">{t('share.bulk.limited', { max: BULK_SHARE_MAX })}</Alert> : null}
        <ChosenTargets targets={targets} onChange={setTargets} />
        <div className="field">
          <label htmlFor={`${id}-access`}>{t('share.accessLabel')}</label>
          <AccessSelect id={`${id}-access`} value={access} onChange={setAccess} />
        </div>
        {missing ? <Alert>{t('share.bulk.needTarget')}</Alert> : null}
        {save.error ? <Alert>{generalMessage(t, save.error)}</Alert> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.busy || loading || ids.length === 0}>
            {t('share.bulk.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The users and groups chosen so far (each removable), and a select that adds one. */
function ChosenTargets({ targets, onChange }: { targets: string[]; onChange: (targets: string[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const nameOf = useTargetNames();
  const named = (target: string) =>
    target.startsWith('u:') ? nameOf({ userId: target.slice(2) }) : t('share.groupNamed', { name: nameOf({ groupId: target.slice(2) }) });
  return (
    <div className="field">
      <label htmlFor={id}>{t('share.bulk.targets')}</label>
      <ul className="share-dialog__list">
        {targets.map((target) => (
          <li key={target} className="share-dialog__item">
            <bdi>{named(target)}</bdi>
            <button type="button" className="button button--small" onClick={() => onChange(targets.filter((s) => s !== target))}>
              {t('share.remove')}
              <span className="visually-hidden"> {named(target)}</span>
            </button>
          </li>
        ))}
      </ul>
      <ShareTargetSelect id={id} value="" exclude={new Set(targets)} onChange={(target) => target && onChange([...targets, target])} />
    </div>
  );
}
