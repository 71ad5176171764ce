import type { Calendar } from '@event-calendar/core';
import type { CalendarItem } from './calendar-api';

/** Each activity type's icon, by type id, as the app's ActivityIcon drew it (see useTypeIcons). */
export type TypeIcons = ReadonlyMap<string, Element>;

function element(tag: string, className: string, children: (Node | string)[]): HTMLElement {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

/**
 * What an entry shows, as the library draws it (its time, unless all day, and its title) with the
 * activity type's icon before the title. Busy time keeps the library's own: it has no type to show.
 */
export function eventContentWith(icons: TypeIcons) {
  return (info: Calendar.EventContentInfo): Calendar.Content | undefined => {
    const item = info.event.extendedProps.item as CalendarItem | undefined;
    if (!item || item.busy) return undefined;
    const icon = item.typeId ? icons.get(item.typeId) : undefined;
    const text = typeof info.event.title === 'string' ? info.event.title : '';
    const title = element('h4', 'ec-event-title', icon ? [icon.cloneNode(true), text] : [text]);
    return { domNodes: info.event.allDay ? [title] : [element('time', 'ec-event-time', [info.timeText]), title] };
  };
}
