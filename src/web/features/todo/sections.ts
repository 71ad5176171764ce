import type { Bucket, TodoItem } from '../../../shared/todo';

/** A to-do section: the buckets of open activities (tasks without a deadline last), then the done ones on their own. */
export type Section = Bucket;
export const SECTIONS: readonly Section[] = ['overdue', 'today', 'future', 'undated', 'done'];

/** Done activities are never under "Overdue", whatever their date (the server says `done` too). */
export const sectionOf = (item: TodoItem): Section => (item.done ? 'done' : item.bucket);

/** The loaded items in their sections, in the server's order within each; empty sections left out. */
export function sectionsOf(items: TodoItem[]): { section: Section; items: TodoItem[] }[] {
  return SECTIONS.map((section) => ({ section, items: items.filter((item) => sectionOf(item) === section) })).filter((group) => group.items.length > 0);
}

/** The items in the order they are shown (section by section): the order j/k move through. */
export const shownOrder = (items: TodoItem[]) => sectionsOf(items).flatMap((group) => group.items);

/** Items whose subject, customer, contact or note hold all the words (any case). */
export function findIn(items: TodoItem[], words: string): TodoItem[] {
  const wanted = words.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (wanted.length === 0) return items;
  return items.filter((item) => {
    const text = [item.subject, item.customerName, item.contactName, item.note].filter(Boolean).join(' ').toLocaleLowerCase();
    return wanted.every((word) => text.includes(word));
  });
}
