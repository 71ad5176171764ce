import type { ActivityType } from '../../../shared/activities';

/** Glyphs for the icon names the server uses; anything else gets a dot. */
const GLYPHS: Record<string, string> = {
  phone: '☎',
  users: '👥',
  'file-text': '📄',
  mail: '✉',
  'sticky-note': '🗒',
  repeat: '↻',
  'check-square': '☑',
  calendar: '📅',
  circle: '●',
};

const safeColor = (color: string | undefined) => (color && /^#[0-9a-f]{3,8}$/i.test(color) ? color : '#64748b');

/** An activity type: its icon in its colour, and its name (never colour alone). */
export function TypeBadge({ type, fallback }: { type: ActivityType | undefined; fallback?: string }) {
  const color = safeColor(type?.color);
  return (
    <span className="type-badge" style={{ borderColor: color }}>
      <span className="type-badge__icon" aria-hidden="true" style={{ color }}>
        {GLYPHS[type?.icon ?? 'circle'] ?? GLYPHS.circle}
      </span>
      <bdi>{type?.name ?? fallback ?? ''}</bdi>
    </span>
  );
}
