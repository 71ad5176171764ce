/** A customer's status by its name; the key picks a calm colour. */
export function StatusBadge({ statusKey, name }: { statusKey: string; name: string }) {
  return <span className={`badge badge--status-${statusKey.replace(/[^a-z0-9_-]/gi, '')}`}>{name}</span>;
}
