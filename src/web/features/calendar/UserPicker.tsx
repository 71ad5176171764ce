import { useTranslation } from 'react-i18next';
import type { CalendarUser } from './calendar-api';

interface UserPickerProps {
  users: CalendarUser[];
  chosen: string[];
  onChange: (userIds: string[]) => void;
}

/** Whose calendars to show: only those the caller may see; at least one stays chosen. */
export function UserPicker({ users, chosen, onChange }: UserPickerProps) {
  const { t } = useTranslation();
  const toggle = (userId: string, on: boolean) => {
    const next = on ? [...chosen, userId] : chosen.filter((id) => id !== userId);
    // In the users' own order, so the columns do not jump about.
    if (next.length > 0) onChange(users.map((user) => user.userId).filter((id) => next.includes(id)));
  };
  return (
    <fieldset className="calendar-users">
      <legend className="visually-hidden">{t('calendar.users')}</legend>
      {users.map((user) => (
        <label key={user.userId}>
          <input type="checkbox" checked={chosen.includes(user.userId)} onChange={(event) => toggle(user.userId, event.target.checked)} />
          <span className="calendar-swatch" style={{ backgroundColor: user.color ?? '#64748b' }} aria-hidden="true" />
          <bdi>{user.name}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
