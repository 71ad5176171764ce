/**
 * Where a key moves the choice in the icon grid (a radio group: arrows move and choose, Home and
 * End go to the ends, wrapping around); null for other keys. Left and right follow the reading
 * direction.
 */
export function nextIndex(key: string, index: number, count: number, rtl = false): number | null {
  if (count === 0) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowDown') return (index + 1) % count;
  if (key === back || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
