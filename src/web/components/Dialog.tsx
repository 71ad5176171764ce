import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

interface DialogProps {
  /** The dialog's name; a plain text is isolated (<bdi>) as it may hold a name in any script. */
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** What takes focus when the dialog opens (by default the browser's choice: the first control). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes when the dialog closes and the element that opened it is gone. */
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * The one modal dialog (the browser's own <dialog>, so focus stays inside and the page behind is
 * inert): Escape closes it, and focus goes back to where it was when the dialog opened.
 */
export function Dialog({ title, onClose, children, initialFocus, fallbackFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Where focus was when the dialog opened (read while rendering, before the dialog takes focus).
  const [opener] = useState(() => document.activeElement);
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      dialog?.close();
      // Once React has removed the dialog (StrictMode's second run keeps it, and it opens again).
      queueMicrotask(() => {
        if (dialog?.isConnected) return;
        const target = opener instanceof HTMLElement && opener.isConnected ? opener : (fallback.current?.() ?? null);
        target?.focus();
      });
    };
  }, [opener, initialFocus]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{typeof title === 'string' ? <bdi>{title}</bdi> : title}</h2>
      {children}
    </dialog>
  );
}
