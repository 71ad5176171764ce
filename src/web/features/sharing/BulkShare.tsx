import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem } from '../../../shared/customers';
import type { Column } from '../../components/DataTable';
import { useMe } from '../../session';
import { type BulkTarget, BulkShareDialog } from './BulkShareDialog';
import { mayShare } from './useAccess';
import type { ListFilter } from './useShares';

/** The customers ticked in the list (by id), kept across pages of "Load more". */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  return { selected, toggle, clear: () => setSelected(new Set()) };
}
export type Selection = ReturnType<typeof useSelection>;

/** The list's first column: a box to tick each customer the user may share, and one for all shown. */
export function useSelectColumn(selection: Selection, rows: readonly CustomerListItem[]): Column<CustomerListItem> {
  const { t } = useTranslation();
  const me = useMe();
  const shareable = rows.filter((c) => mayShare(me, c)).map((c) => c.id);
  const all = shareable.length > 0 && shareable.every((id) => selection.selected.has(id));
  return {
    key: 'select',
    className: 'table__select',
    header: (
      <input
        type="checkbox"
        aria-label={t('share.bulk.selectPage')}
        checked={all}
        disabled={shareable.length === 0}
        onChange={() => selection.toggle(shareable, !all)}
      />
    ),
    cell: (customer) =>
      mayShare(me, customer) ? (
        <input
          type="checkbox"
          aria-label={t('share.bulk.selectNamed', { name: customer.name })}
          checked={selection.selected.has(customer.id)}
          onChange={(event) => selection.toggle([customer.id], event.target.checked)}
        />
      ) : null,
  };
}

/** Above the list: how many are ticked, "Share selected", and for managers and admins "Share all that match". */
export function BulkShareBar({ selection, filter, onNotice }: { selection: Selection; filter: ListFilter; onNotice: (notice: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [target, setTarget] = useState<BulkTarget | null>(null);
  const count = selection.selected.size;
  const done = (shared: number) => {
    setTarget(null);
    selection.clear();
    onNotice(t('share.bulk.done', { count: shared }));
  };
  return (
    <div className="bulk-bar">
      {count > 0 ? <span role="status">{t('share.bulk.selected', { count })}</span> : null}
      <button type="button" className="button" disabled={count === 0} aria-haspopup="dialog" onClick={() => setTarget({ ids: [...selection.selected] })}>
        {t('share.bulk.shareSelected')}
      </button>
      {count > 0 ? (
        <button type="button" className="button button--small" onClick={selection.clear}>
          {t('share.bulk.clear')}
        </button>
      ) : null}
      {me.role === 'user' ? null : (
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => setTarget({ filter })}>
          {t('share.bulk.shareMatching')}
        </button>
      )}
      {target ? <BulkShareDialog target={target} onClose={() => setTarget(null)} onDone={done} /> : null}
    </div>
  );
}
