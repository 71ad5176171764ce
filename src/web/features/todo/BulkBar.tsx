import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../users/useUsers';
import type { Schedule } from './snooze';
import { SnoozeMenu } from './SnoozeMenu';
import type { BulkChange } from './useTodoActions';

interface BulkBarProps {
  count: number;
  busy: boolean;
  onChange: (change: BulkChange, when?: string) => void;
  onClear: () => void;
}

/** With rows chosen: complete, reschedule or reassign them all in one request, or let them go. */
export function BulkBar({ count, busy, onChange, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  return (
    <section className="bulk-bar" aria-label={t('bulk.label')}>
      <strong role="status">{t('bulk.selected', { count })}</strong>
      <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => onChange({ action: 'complete' })}>
        {t('bulk.complete')}
      </button>
      <SnoozeMenu
        label={t('bulk.reschedule')}
        activity={null}
        open={snoozeOpen}
        onOpenChange={setSnoozeOpen}
        onChoose={(schedule: Schedule, when) => onChange({ action: 'reschedule', ...schedule }, when)}
        wide
      />
      <Reassign busy={busy} onReassign={(responsibleId) => onChange({ action: 'reassign', responsibleId })} />
      <button type="button" className="button button--small button--quiet" onClick={onClear}>
        {t('bulk.clear')}
      </button>
    </section>
  );
}

function Reassign({ busy, onReassign }: { busy: boolean; onReassign: (userId: string) => void }) {
  const { t } = useTranslation();
  const { users } = useUsers();
  const id = useId();
  const [userId, setUserId] = useState('');
  return (
    <div className="bulk-bar__reassign">
      <label htmlFor={id}>{t('bulk.reassignTo')}</label>
      <select id={id} value={userId} onChange={(event) => setUserId(event.target.value)}>
        <option value="">{t('bulk.chooseUser')}</option>
        {users
          .filter((user) => user.active)
          .map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
      </select>
      <button type="button" className="button button--small" disabled={busy || !userId} onClick={() => onReassign(userId)}>
        {t('bulk.reassign')}
      </button>
    </div>
  );
}
