import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { IconName } from '../../shared/icons';

export interface IconPickerProps {
  /** The chosen icon's name (an unknown stored name shows no choice). */
  value: string;
  /** The colour the chosen icon is drawn in. */
  color?: string;
  onChange: (icon: IconName) => void;
  /** What the picker is for, e.g. "Icon of Call". */
  label: string;
  error?: string;
}

// The grid, its ~400 icons and their labels are one chunk, fetched when a picker is first shown.
const IconGrid = lazy(() => import('./icons/IconGrid').then((module) => ({ default: module.IconGrid })));

/** Choose an icon of the offered set: a search box over a grid of icons, operable by keyboard. */
export function IconPicker(props: IconPickerProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="muted">{t('iconPicker.loading')}</p>}>
      <IconGrid {...props} />
    </Suspense>
  );
}
