/** A row's small action button; `name` is the accessible name saying which row it acts on ("Revoke Mette's invitation"). */
export function SmallButton({ label, name, busy, onClick }: { label: string; name: string; busy: boolean; onClick: () => void }) {
  return (
    <button type="button" className="button button--small" disabled={busy} aria-label={name} onClick={onClick}>
      {label}
    </button>
  );
}
