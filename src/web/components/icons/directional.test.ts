import { describe, expect, it } from 'vitest';
import { ICON_NAMES } from '../../../shared/icons';
import { iconClass, isDirectional } from './directional';

describe('icons mirrored right to left', () => {
  it.each(['send', 'reply', 'forward', 'log-out', 'trending-up', 'arrow-right', 'chevron-left', 'undo-2', 'redo'])(
    '%s points along the line: mirrored',
    (name) => {
      expect(isDirectional(name)).toBe(true);
      expect(iconClass(name, 'activity-icon')).toBe('activity-icon icon-directional');
    },
  );

  it.each(['phone', 'mail', 'calendar', 'truck', 'clock', 'users'])('%s is a thing, not a direction: as drawn', (name) => {
    expect(isDirectional(name)).toBe(false);
    expect(iconClass(name, 'activity-icon')).toBe('activity-icon');
  });

  it('every offered directional name exists in the icon set', () => {
    const offered = ICON_NAMES.filter(isDirectional);
    expect(offered).toEqual(expect.arrayContaining(['send', 'reply', 'forward']));
  });
});
