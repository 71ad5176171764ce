import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { addDays, todayIn } from '../activities/zoned-time';
import { type Schedule, type SnoozeChoice, snoozeDate, snoozeTo } from './snooze';

const CHOICES = ['later', 'tomorrow', 'nextWeek'] as const;

/** A wall-clock date (`2026-12-07`) as the user's language writes it: "Mon 7 Dec". */
function useDayLabel() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (date: string) => format.format(new Date(`${date}T00:00:00Z`));
}

/** A time in the user's zone and language: "17:00". */
function useTimeLabel(timeZone: string) {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit', timeZone });
  return (iso: string) => format.format(new Date(iso));
}

interface SnoozeChoicesProps {
  activity: { scheduledAt: string; allDay: boolean } | null;
  timeZone: string;
  onChoose: (schedule: Schedule, when: string) => void;
}

/** The choices, each saying where it lands ("Tomorrow · Tue 1 Dec"), and a date of one's own. */
export function SnoozeChoices({ activity, timeZone, onChoose }: SnoozeChoicesProps) {
  const { t } = useTranslation();
  const dayLabel = useDayLabel();
  const timeLabel = useTimeLabel(timeZone);
  const dateId = useId();
  const [picked, setPicked] = useState(() => addDays(todayIn(timeZone), 1));
  const choose = (choice: SnoozeChoice) => {
    const schedule = snoozeTo(choice, activity, timeZone);
    const day = dayLabel(snoozeDate(choice, timeZone));
    onChoose(schedule, schedule.allDay ? day : `${day} ${timeLabel(schedule.scheduledAt)}`);
  };
  return (
    <>
      {CHOICES.map((choice) => {
        const hint = choice === 'later' ? timeLabel(snoozeTo(choice, activity, timeZone).scheduledAt) : dayLabel(snoozeDate(choice, timeZone));
        return (
          <button key={choice} type="button" className="snooze__choice" onClick={() => choose(choice)}>
            <span>{t(`snooze.${choice}`)}</span> <span className="muted">{hint}</span>
          </button>
        );
      })}
      <form
        className="snooze__pick"
        onSubmit={(event) => {
          event.preventDefault();
          if (picked) choose({ date: picked });
        }}
      >
        <label className="visually-hidden" htmlFor={dateId}>
          {t('snooze.pickDate')}
        </label>
        <DateField id={dateId} value={picked} min={todayIn(timeZone)} onChange={setPicked} required />
        <button type="submit" className="button button--small">
          {t('snooze.move')}
        </button>
      </form>
    </>
  );
}
