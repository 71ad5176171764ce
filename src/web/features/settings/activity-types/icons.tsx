import {
  Calendar,
  Circle,
  FileText,
  Handshake,
  type LucideIcon,
  Mail,
  MapPin,
  Phone,
  Presentation,
  Repeat,
  SquareCheck,
  StickyNote,
  Users,
  Video,
} from 'lucide-react';
import { ACTIVITY_ICONS } from '../../../../shared/settings';

type IconName = (typeof ACTIVITY_ICONS)[number];

/**
 * The icons an activity type can have, drawn by lucide-react; the server stores our name, so the
 * stored keys stay as they were and map to lucide's icons here.
 */
const ICONS: Record<IconName, LucideIcon> = {
  circle: Circle,
  phone: Phone,
  users: Users,
  'file-text': FileText,
  mail: Mail,
  'sticky-note': StickyNote,
  repeat: Repeat,
  'check-square': SquareCheck,
  calendar: Calendar,
  presentation: Presentation,
  handshake: Handshake,
  video: Video,
  'map-pin': MapPin,
};

export const ICON_NAMES: readonly string[] = ACTIVITY_ICONS;
const isIcon = (name: string): name is IconName => (ACTIVITY_ICONS as readonly string[]).includes(name);

/** An activity type's icon; unknown names draw a circle. Decorative: the type's name says what it is. */
export function ActivityIcon({ name, color, size = 20 }: { name: string; color?: string; size?: number }) {
  const Icon = ICONS[isIcon(name) ? name : 'circle'];
  return <Icon className="activity-icon" size={size} color={color ?? 'currentColor'} strokeWidth={2} aria-hidden="true" focusable="false" />;
}
