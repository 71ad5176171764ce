import { Clock } from 'lucide-react';
import { type FocusEvent, type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format';
import { SnoozeChoices } from './SnoozeChoices';
import type { Schedule } from './snooze';

interface SnoozeMenuProps {
  /** The button's accessible name, e.g. "Snooze Ring Mette". */
  label: string;
  /** The activity moved (its time of day is kept); null for several at once. */
  activity: { scheduledAt: string; allDay: boolean } | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChoose: (schedule: Schedule, when: string) => void;
  /** Shows the word beside the clock (the bulk bar, the phone cards). */
  wide?: boolean;
}

/**
 * Reschedule in two clicks: the clock opens later today, tomorrow, next week and a picked date;
 * a click on one moves the activity. Escape or leaving the menu closes it, focus back on the clock.
 */
export function SnoozeMenu({ label, activity, open, onOpenChange, onChoose, wide }: SnoozeMenuProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('button')?.focus();
  }, [open]);
  const close = () => {
    onOpenChange(false);
    trigger.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onOpenChange(false);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus leaving the menu close it; the buttons inside are the controls
    <div className="snooze" onBlur={open ? onBlur : undefined} onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={trigger}
        type="button"
        className={wide ? 'button button--small' : 'button button--small button--icon'}
        aria-label={label}
        title={label}
        aria-expanded={open}
        onClick={() => onOpenChange(!open)}
      >
        <Clock aria-hidden="true" size={16} />
        {wide ? <span>{t('snooze.button')}</span> : null}
      </button>
      {open ? (
        <fieldset ref={panel} className="snooze__panel" data-popover="">
          <legend className="visually-hidden">{t('snooze.to')}</legend>
          <SnoozeChoices
            activity={activity}
            timeZone={format.timeZone}
            onChoose={(schedule, when) => {
              close();
              onChoose(schedule, when);
            }}
          />
        </fieldset>
      ) : null}
    </div>
  );
}
