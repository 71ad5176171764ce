import { describe, expect, it } from 'vitest';
import { withKeys } from './comment-check-keys';

describe('keys of comment auto-checks', () => {
  it('a new check gets a key from its label; a kept one keeps its key even when relabelled', () => {
    const checks = withKeys([
      { key: 'report_sent', label: 'Rapport afsendt', defaultChecked: false },
      { key: '', label: 'Kunden er ringet op', defaultChecked: true },
    ]);
    expect(checks.map((c) => c.key)).toEqual(['report_sent', 'kunden_er_ringet_op']);
  });

  it('two checks alike get distinct keys, and a label in Hebrew still gets a valid one', () => {
    const checks = withKeys([
      { key: 'report_sent', label: 'x', defaultChecked: false },
      { key: '', label: 'Report sent', defaultChecked: false },
      { key: '', label: 'Report sent!', defaultChecked: false },
      { key: '', label: 'הדוח נשלח', defaultChecked: false },
    ]);
    const keys = checks.map((c) => c.key);
    expect(new Set(keys).size).toBe(4);
    expect(keys.slice(1, 3)).toEqual(['report_sent_2', 'report_sent_3']);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
  });
});
