import { type KeyboardEvent, useState } from 'react';

/**
 * The combobox keys on its text box: ↓/↑ move the highlight through the options, Enter picks the
 * highlighted one, Escape closes the list. A new text or a new list puts the highlight back on the
 * first option (set while rendering, as React advises for state that follows props).
 */
export function useComboboxNavigation<T>(options: readonly T[], text: string, open: boolean, setOpen: (open: boolean) => void, pick: (option: T) => void) {
  const [active, setActive] = useState(-1);
  const listKey = `${options.length}:${text}`;
  const [seenListKey, setSeenListKey] = useState(listKey);
  if (seenListKey !== listKey) {
    setSeenListKey(listKey);
    setActive(options.length ? 0 : -1);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (options.length ? (current + 1) % options.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => (options.length ? (current - 1 + options.length) % options.length : -1));
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };
  return { active, onKeyDown };
}
