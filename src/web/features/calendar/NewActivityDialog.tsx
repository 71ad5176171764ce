import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ActivityForm } from '../activities/ActivityForm';
import { useActivityWrites } from '../activities/useActivities';
import { useActivityLookups } from '../activities/useActivityLookups';

/** A range picked in the calendar: its start on the user's wall clock, its length, and the column's user. */
export interface PickedRange {
  date: string;
  time: string;
  allDay: boolean;
  minutes: number;
  responsibleId: string;
}

/**
 * The activity card for a range picked in the calendar, with its time and that column's user
 * filled in. It keeps the picked length: the end follows the start the user settles on.
 */
export function NewActivityDialog({ range, onClose }: { range: PickedRange; onClose: () => void }) {
  const { t } = useTranslation();
  const lookups = useActivityLookups();
  const writes = useActivityWrites();
  const queryClient = useQueryClient();
  return (
    <Dialog title={t('activity.new')} onClose={onClose}>
      {/* As on the new activity page: the form starts as the first active type once the types arrived. */}
      {lookups.loaded || lookups.error ? (
        <ActivityForm
          label={t('activity.new')}
          lookups={lookups}
          initialWhen={{ date: range.date, time: range.allDay ? '' : range.time, allDay: range.allDay }}
          initialResponsibleId={range.responsibleId}
          submitLabel={t('activity.create')}
          onCancel={onClose}
          onSubmit={async (input) => {
            const endsAt = input.allDay || !input.scheduledAt ? null : new Date(Date.parse(input.scheduledAt) + range.minutes * 60_000).toISOString();
            await writes.create({ ...input, endsAt });
            await queryClient.invalidateQueries({ queryKey: ['calendar'] });
            onClose();
          }}
        />
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </Dialog>
  );
}
