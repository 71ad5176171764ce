import { type KeyboardEvent, type MouseEvent, memo, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IconName, isIconName } from '../../../shared/icons';
import type { IconPickerProps } from '../IconPicker';
import { ICONS } from './icon-map';
import { iconLabel, searchIcons } from './icon-search';
import { nextIndex } from './picker-keys';
import { iconClass } from './directional';
import './icon-picker.css';

/** The picker itself (loaded lazily by IconPicker): the search box, what is chosen, and the grid. */
export function IconGrid({ value, color, onChange, label, error }: IconPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => searchIcons(query), [query]);
  const chosen = isIconName(value) ? iconLabel(value, i18n.language) : null;
  return (
    <fieldset className="icon-picker">
      <legend id={`${id}-label`} className="icon-picker__label">
        {label}
      </legend>
      <span className="icon-picker__chosen muted">{chosen ? t('iconPicker.chosen', { name: chosen }) : t('iconPicker.noneChosen')}</span>
      <input
        type="search"
        className="icon-picker__search"
        value={query}
        aria-label={t('iconPicker.search', { label })}
        placeholder={t('iconPicker.placeholder')}
        onChange={(event) => setQuery(event.target.value)}
        // Enter would send the form around the picker: it takes the first match instead.
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (shown[0]) onChange(shown[0]);
        }}
      />
      <p className="visually-hidden" aria-live="polite">
        {query ? t('iconPicker.found', { count: shown.length }) : ''}
      </p>
      {shown.length === 0 ? <p className="muted">{t('iconPicker.noMatch', { query })}</p> : null}
      <IconOptions names={shown} value={value} color={color} onChange={onChange} labelledBy={`${id}-label`} />
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}

type OptionsProps = { names: IconName[]; value: string; color?: string; onChange: (icon: IconName) => void; labelledBy: string };

/** The icon a click or key inside the grid was on (one handler for the grid, so the buttons can be memoised). */
const iconOf = (target: EventTarget) => (target as HTMLElement).closest<HTMLElement>('[data-icon]')?.dataset.icon as IconName | undefined;

/** The icons as a radio group with one tab stop (the chosen icon, else the first): arrows move and choose. */
function IconOptions({ names, value, color, onChange, labelledBy }: OptionsProps) {
  const { i18n } = useTranslation();
  const grid = useRef<HTMLDivElement>(null);
  const tabStop = names.find((name) => name === value) ?? names[0];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const icon = iconOf(event.target);
    const index = icon ? names.indexOf(icon) : -1;
    const next = index < 0 ? null : nextIndex(event.key, index, names.length, getComputedStyle(event.currentTarget).direction === 'rtl');
    if (next === null) return;
    event.preventDefault();
    onChange(names[next]);
    grid.current?.querySelector<HTMLButtonElement>(`[data-icon="${names[next]}"]`)?.focus();
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const icon = iconOf(event.target);
    if (icon) onChange(icon);
  };
  return (
    <div ref={grid} role="radiogroup" aria-labelledby={labelledBy} className="icon-picker__grid" onKeyDown={onKeyDown} onClick={onClick}>
      {names.map((name) => (
        <IconOption key={name} name={name} label={iconLabel(name, i18n.language)} checked={name === value} tabStop={name === tabStop} color={color} />
      ))}
    </div>
  );
}

type OptionProps = { name: IconName; label: string; checked: boolean; tabStop: boolean; color?: string };

/** One icon: drawn again only when its own props change (a key press re-renders two of ~400, not all). */
const IconOption = memo(function IconOption({ name, label, checked, tabStop, color }: OptionProps) {
  const Icon = ICONS[name];
  return (
    // biome-ignore lint/a11y/useSemanticElements: an icon button with one tab stop for the group; a native radio cannot be drawn as the icon itself
    <button
      type="button"
      role="radio"
      aria-checked={checked}
      aria-label={label}
      title={label}
      data-icon={name}
      tabIndex={tabStop ? 0 : -1}
      className="icon-picker__option"
    >
      <Icon className={iconClass(name, '')} size={20} color={checked ? color : undefined} aria-hidden="true" focusable="false" />
    </button>
  );
});
