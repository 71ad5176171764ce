import { CalendarDaysIcon } from 'lucide-react';
import { type FocusEvent, type KeyboardEvent, lazy, type RefObject, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWeekStartsOn } from '../week-start';
import { dateShape, formatDateText, parseDateText } from './date-text';

// The calendar and its libraries (react-day-picker, date-fns locales) are their own chunk: never on the first page.
const Calendar = lazy(() => import('./Calendar'));

export interface DateFieldProps {
  id?: string;
  /** `YYYY-MM-DD`, or '' for none: the value forms keep, whatever the language shows. */
  value: string;
  onChange: (value: string) => void;
  /** The first day one may choose (`YYYY-MM-DD`). */
  min?: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** The language's date pattern, for the placeholder: "dd.mm.åååå", "éééé. hh. nn.". */
function usePattern() {
  const { t, i18n } = useTranslation();
  const names = { day: t('picker.day'), month: t('picker.month'), year: t('picker.year') };
  return dateShape(i18n.language)
    .map(({ part, value }) => (part === 'literal' ? value : names[part]))
    .join('');
}

/** The text in the box, kept in step with the value (a day picked in the calendar, a form reset). */
function useDateText(value: string, onChange: (value: string) => void, min: string | undefined) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [text, setText] = useState(() => formatDateText(value, locale));
  const [shown, setShown] = useState({ value, locale });
  if (shown.value !== value || shown.locale !== locale) {
    setShown({ value, locale });
    setText(formatDateText(value, locale));
  }
  const parsed = parseDateText(text, locale);
  const tooEarly = parsed !== null && min !== undefined && parsed < min;
  const example = formatDateText(min ?? '2026-11-30', locale);
  const problem = text.trim() && !parsed ? t('picker.invalid', { example }) : tooEarly ? t('picker.tooEarly', { date: example }) : '';
  const type = (next: string) => {
    setText(next);
    const day = parseDateText(next, locale);
    const accepted = day && !(min && day < min) ? day : '';
    setShown({ value: accepted, locale });
    if (accepted !== value) onChange(accepted);
  };
  // Once the user leaves the box, a day they typed is written the language's way.
  const [left, setLeft] = useState(false);
  const tidy = () => {
    setLeft(true);
    if (parsed && !tooEarly) setText(formatDateText(parsed, locale));
  };
  return { text, type, tidy, problem, shownProblem: left ? problem : '' };
}

interface PopoverProps {
  id: string;
  value: string;
  min?: string;
  button: RefObject<HTMLButtonElement | null>;
  onPick: (day: string) => void;
  onClose: (focus: HTMLElement | null) => void;
}

/**
 * The calendar under the box. Escape closes it (and not a dialog around it), focus going back to
 * the button; focus leaving it (a click elsewhere, Tab) closes it too.
 */
function CalendarPopover({ id, value, min, button, onPick, onClose }: PopoverProps) {
  const { t } = useTranslation();
  const weekStartsOn = useWeekStartsOn();
  const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose(button.current);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const to = event.relatedTarget;
    // The button opens and closes the calendar itself.
    if (!event.currentTarget.contains(to) && to !== button.current) onClose(null);
  };
  return (
    <div id={id} className="date-field__calendar" role="dialog" aria-label={t('picker.calendar')} tabIndex={-1} onKeyDown={onKeyDown} onBlur={onBlur}>
      <Suspense fallback={<p className="muted">{t('picker.loading')}</p>}>
        <Calendar value={value} min={min} weekStartsOn={weekStartsOn} dir={dir} onPick={onPick} />
      </Suspense>
    </div>
  );
}

/**
 * A date: a box showing and taking it in the user's language ("30.11.2026"), and a button opening
 * a calendar in the user's language and week, right to left in Hebrew. A day chosen closes the
 * calendar and focus goes back to the box.
 */
export function DateField({ id, value, onChange, min, required, ...aria }: DateFieldProps) {
  const { t } = useTranslation();
  const { text, type, tidy, problem, shownProblem } = useDateText(value, onChange, min);
  const [open, setOpen] = useState(false);
  const calendarId = useId();
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = (focus: HTMLElement | null) => {
    setOpen(false);
    focus?.focus();
  };
  return (
    <div className="date-field">
      <div className="date-field__row">
        <input
          {...aria}
          ref={(element) => {
            input.current = element;
            element?.setCustomValidity(problem);
          }}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={usePattern()}
          required={required}
          aria-invalid={problem ? true : aria['aria-invalid']}
          value={text}
          onChange={(event) => type(event.target.value)}
          onBlur={tidy}
        />
        <button
          ref={button}
          type="button"
          className="date-field__button"
          aria-label={t('picker.choose')}
          aria-expanded={open}
          aria-controls={open ? calendarId : undefined}
          onClick={() => setOpen(!open)}
        >
          <CalendarDaysIcon size={18} aria-hidden="true" focusable="false" />
        </button>
      </div>
      {shownProblem ? <p className="field__error">{shownProblem}</p> : null}
      {open ? (
        <CalendarPopover
          id={calendarId}
          value={value}
          min={min}
          button={button}
          onClose={close}
          onPick={(day) => {
            onChange(day);
            close(input.current);
          }}
        />
      ) : null}
    </div>
  );
}
