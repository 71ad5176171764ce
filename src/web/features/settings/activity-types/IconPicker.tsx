import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityIcon, ICON_NAMES } from './icons';

/** Choose one icon of the built-in set: a group of radio buttons drawn as icons. */
export function IconPicker({ value, color, onChange, label }: { value: string; color: string; onChange: (icon: string) => void; label: string }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="icon-picker">
      <legend>{label}</legend>
      {ICON_NAMES.map((icon) => (
        <label key={icon} className="icon-picker__option" title={t(`settings.icons.${icon}`)}>
          <input type="radio" className="visually-hidden" name={name} value={icon} checked={value === icon} onChange={() => onChange(icon)} />
          <ActivityIcon name={icon} color={value === icon ? color : undefined} />
          <span className="visually-hidden">{t(`settings.icons.${icon}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
