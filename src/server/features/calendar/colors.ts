/** Distinct, readable calendar colours (white text on each); a user without a colour of their own gets one by id. */
export const CALENDAR_COLORS = [
  '#2563eb',
  '#16a34a',
  '#dc2626',
  '#9333ea',
  '#ea580c',
  '#0891b2',
  '#c026d3',
  '#4d7c0f',
  '#b45309',
  '#0f766e',
  '#be123c',
  '#4f46e5',
] as const;

/** A stable colour for a user id: the same id always gets the same colour. */
export function calendarColor(userId: string): string {
  let hash = 0;
  for (const ch of userId.toLowerCase()) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return CALENDAR_COLORS[hash % CALENDAR_COLORS.length];
}
