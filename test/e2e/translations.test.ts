import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(name, value);
    else for (const [inner, text] of flatten(value, name)) keys.set(inner, text);
  }
  return keys;
}

/** Files merge section by section, as the app merges them (src/web/i18n/index.ts mergedStrings). */
function merged(files: Tree[]): Tree {
  const out: Tree = {};
  for (const file of files) {
    for (const [key, value] of Object.entries(file)) {
      const existing = out[key];
      out[key] = typeof existing === 'object' && typeof value === 'object' ? merged([existing, value]) : value;
    }
  }
  return out;
}

const webDir = path.join(ROOT, 'src/web');
/** A language's strings: its main file plus one file per area (activities.da.json, settings.da.json, …). */
const load = (language: string) => {
  const dir = path.join(webDir, 'i18n');
  const files = fs.readdirSync(dir).filter((f) => f === `${language}.json` || f.endsWith(`.${language}.json`));
  return flatten(merged(files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Tree)));
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every string the web app shows exists in every language; plural keys count as their base. */
describe('translations', () => {
  const en = load('en');
  const da = load('da');
  const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

  it('has the same keys in English and Danish, none empty', () => {
    expect([...da.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...en, ...da]) expect(text.trim(), key).not.toBe('');
  });

  it('has a translation for every key the code uses', () => {
    const known = new Set([...en.keys()].map(base));
    const used = new Set<string>();
    for (const file of sources(webDir)) {
      const code = fs.readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(match[1]);
      for (const match of code.matchAll(/labelKey: '([a-zA-Z.]+)'/g)) used.add(match[1]);
      for (const match of code.matchAll(/\[\/[^\n]*?\/, '([a-zA-Z]+\.[a-zA-Z]+)'\]/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });

  it('keeps Danish really Danish', () => {
    expect(da.get('nav.customers')).toBe('Kunder');
    expect(da.get('nav.trash')).toBe('Papirkurv');
    expect(da.get('nav.users')).toBe('Brugere');
    expect(da.get('signIn.submit')).toBe('Log ind');
    expect(da.get('trash.restore')).toBe('Gendan');
    expect(da.get('signIn.wrong')).not.toBe(en.get('signIn.wrong'));
  });
});
