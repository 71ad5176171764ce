import type { ActivityType } from '../../../shared/activities';
import { ActivityIcon } from '../../components/icons/ActivityIcon';

const safeColor = (color: string | undefined) => (color && /^#[0-9a-f]{3,8}$/i.test(color) ? color : '#64748b');

/** An activity type: its icon in its colour, and its name (never colour alone). */
export function TypeBadge({ type, fallback }: { type: ActivityType | undefined; fallback?: string }) {
  const color = safeColor(type?.color);
  return (
    <span className="type-badge" style={{ borderColor: color }}>
      <ActivityIcon name={type?.icon ?? 'circle'} color={color} size={14} />
      <bdi>{type?.name ?? fallback ?? ''}</bdi>
    </span>
  );
}
