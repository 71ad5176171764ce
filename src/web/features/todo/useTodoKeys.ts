import { useEffect, useRef } from 'react';

/** What the to-do's single-key shortcuts do; each gets the focused row's id (or null). */
export interface TodoKeyHandlers {
  move: (step: 1 | -1) => void;
  open: () => void;
  complete: () => void;
  followUp: () => void;
  snooze: () => void;
  search: () => void;
  help: () => void;
}

/** Keys that type something where one types: shortcuts never fire there. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/** Enter and the arrows keep their own meaning on links, buttons and in menus; on a row they are ours. */
const onRowOrPage = (target: EventTarget | null) => !(target instanceof HTMLElement) || target === document.body || target.matches('[data-todo-row], main');

const KEYS: Record<string, keyof TodoKeyHandlers> = { j: 'move', k: 'move', x: 'complete', f: 'followUp', s: 'snooze', '/': 'search', '?': 'help' };

/** The handler a key press asks for, or null when the key is not a shortcut here. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey'>): keyof TodoKeyHandlers | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return null;
  // A modal dialog (completing, the help) or an open menu has the keyboard to itself.
  if (document.querySelector('dialog[open], [role="menu"]')) return null;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter') {
    if (!onRowOrPage(event.target)) return null;
    return event.key === 'Enter' ? 'open' : 'move';
  }
  return KEYS[event.key] ?? null;
}

/** The to-do's keyboard: j/k and the arrows move, Enter opens, x, f, s act on the row, / and ? help. */
export function useTodoKeys(handlers: TodoKeyHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const name = shortcutOf(event);
      if (!name) return;
      event.preventDefault();
      if (name === 'move') latest.current.move(event.key === 'j' || event.key === 'ArrowDown' ? 1 : -1);
      else latest.current[name]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
