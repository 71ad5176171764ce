import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness';

type Tree = { [key: string]: string | Tree };

const DIR = path.join(ROOT, 'src/web/i18n');

function merge(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    into[key] = typeof existing === 'object' && typeof value === 'object' ? merge({ ...existing }, value) : value;
  }
  return into;
}

/** A language's strings as the web app merges them: its base file plus one file per area. */
function load(language: string): Tree {
  const files = fs.readdirSync(DIR).filter((file) => file === `${language}.json` || file.endsWith(`.${language}.json`));
  return files.reduce<Tree>((all, file) => merge(all, JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Tree), {});
}

const lookup = (tree: Tree, key: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

/**
 * The text the app shows for a key in a language, falling back to English like the app does, so a
 * test finds buttons by the names a reader of that language sees (whether or not it is translated yet).
 */
export function stringsOf(language: string) {
  const own = load(language);
  const english = load('en');
  return (key: string, values: Record<string, string | number> = {}): string => {
    const text = lookup(own, key) ?? lookup(english, key);
    if (text === undefined) throw new Error(`No string ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}
