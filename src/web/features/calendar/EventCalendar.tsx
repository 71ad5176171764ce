import '@event-calendar/core/index.css';
import './calendar.css';
import { type Calendar, createCalendar, DayGrid, destroyCalendar, Interaction, List, ResourceTimeGrid, TimeGrid } from '@event-calendar/core';
import { useEffect, useRef } from 'react';

const PLUGINS = [DayGrid, TimeGrid, ResourceTimeGrid, List, Interaction];

/**
 * @event-calendar/core (a Svelte component inside) in a React page: made once when the element
 * mounts, destroyed when it goes; later changes of the options reach it with `setOption`, one per
 * option that changed, so the view and its scroll stay where the user left them.
 */
export function EventCalendar({ options, label }: { options: Calendar.Options; label: string }) {
  const element = useRef<HTMLElement>(null);
  const calendar = useRef<Calendar | null>(null);
  const applied = useRef<Calendar.Options>({});
  const first = useRef(options);

  useEffect(() => {
    if (!element.current) return;
    const made = createCalendar(element.current, PLUGINS, first.current);
    applied.current = first.current;
    calendar.current = made;
    return () => {
      calendar.current = null;
      void destroyCalendar(made);
    };
  }, []);

  useEffect(() => {
    const current = calendar.current;
    const previous = applied.current;
    for (const [name, value] of Object.entries(options) as [keyof Calendar.Options, unknown][]) {
      if (previous[name] !== value) current?.setOption(name, value as never);
    }
    applied.current = options;
  });

  return <section ref={element} className="tend-calendar" aria-label={label} />;
}
