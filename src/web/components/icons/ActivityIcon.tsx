import {
  CalendarIcon,
  CircleIcon,
  FileTextIcon,
  HandshakeIcon,
  type LucideIcon,
  MailIcon,
  MapPinIcon,
  PhoneIcon,
  PresentationIcon,
  RepeatIcon,
  SquareCheckIcon,
  StickyNoteIcon,
  UsersIcon,
  VideoIcon,
} from 'lucide-react';
import { useEffect, useState } from 'react';
import type { IconName } from '../../../shared/icons';
import { iconClass } from './directional';

/**
 * The icons of a new workspace's activity types, drawn at once: the to-do page and the timelines
 * fetch the whole offered set (icon-map.ts) only when a type uses another one. (Not even the list
 * of names is imported here: it would weigh on every page drawing an activity.)
 */
const COMMON: Readonly<Record<string, LucideIcon>> = {
  circle: CircleIcon,
  phone: PhoneIcon,
  users: UsersIcon,
  'file-text': FileTextIcon,
  mail: MailIcon,
  'sticky-note': StickyNoteIcon,
  repeat: RepeatIcon,
  'square-check': SquareCheckIcon,
  calendar: CalendarIcon,
  presentation: PresentationIcon,
  handshake: HandshakeIcon,
  video: VideoIcon,
  'map-pin': MapPinIcon,
};

let allIcons: Record<IconName, LucideIcon> | null = null;
let loading: Promise<Record<IconName, LucideIcon>> | null = null;

/** The whole offered set, loaded once (its own chunk). */
export function loadIcons(): Promise<Record<IconName, LucideIcon>> {
  loading ??= import('./icon-map').then((module) => {
    allIcons = module.ICONS;
    return module.ICONS;
  });
  return loading;
}

/** The component drawing `name`: a common icon at once, another once the set has loaded, a circle for an unknown name. */
function useIcon(name: string): LucideIcon {
  const common = Object.hasOwn(COMMON, name) ? COMMON[name] : undefined;
  const needsSet = !common && !allIcons;
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (needsSet) void loadIcons().then(() => setLoaded(true));
  }, [needsSet]);
  if (common) return common;
  const all: Readonly<Record<string, LucideIcon>> | null = allIcons;
  return (all && Object.hasOwn(all, name) ? all[name] : undefined) ?? CircleIcon;
}

/** An activity type's icon. Decorative: the type's name beside it says what it is. */
export function ActivityIcon({ name, color, size = 20 }: { name: string; color?: string; size?: number }) {
  const Icon = useIcon(name);
  return <Icon className={iconClass(name, 'activity-icon')} size={size} color={color ?? 'currentColor'} strokeWidth={2} aria-hidden="true" focusable="false" />;
}
