import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A modal dialog (the browser's own <dialog>): focus stays inside, Escape closes it, and focus goes back to the opener. */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // Once React has removed the dialog (StrictMode's second run keeps it, and it opens again).
      queueMicrotask(() => {
        if (!dialog?.isConnected && opener instanceof HTMLElement && opener.isConnected) opener.focus();
      });
    };
  }, []);
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
      <h2 id={titleId}>
        <bdi>{title}</bdi>
      </h2>
      {children}
    </dialog>
  );
}
