import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkI18n } from '../scripts/check-i18n.mjs';

// The strings gate (scripts/check-i18n.mjs) run on small fixture folders: strings files, a source
// folder and a LOCALES list, so each kind of problem is shown to be caught, and a clean set to pass.

type Files = Record<string, unknown>;
const made: string[] = [];

function run(strings: Files, source: Record<string, string>, locales = ['en', 'he'], prune = false) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-i18n-'));
  made.push(root);
  const dir = (name: string, files: Record<string, string>) => {
    fs.mkdirSync(path.join(root, name));
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name, file), text);
  };
  dir('i18n', Object.fromEntries(Object.entries(strings).map(([file, value]) => [file, JSON.stringify(value)])));
  dir('web', source);
  fs.writeFileSync(path.join(root, 'common.ts'), `export const LOCALES = [${locales.map((code) => `'${code}'`).join(', ')}] as const;`);
  const { problems } = checkI18n({ strings: path.join(root, 'i18n'), source: path.join(root, 'web'), locales: path.join(root, 'common.ts'), prune });
  return { status: problems.length ? 1 : 0, out: problems.join('\n') || 'strings complete', root };
}

afterEach(() => {
  for (const root of made.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

const english = { todo: { title: 'To-do {{name}}', done_one: '{{count}} done', done_other: '{{count}} done' } };
const hebrew = { todo: { title: 'משימות {{name}}', done_one: 'אחת בוצעה', done_two: 'שתיים בוצעו', done_other: '{{count}} בוצעו' } };
const uses = { 'Page.tsx': "export const P = () => <h1>{t('todo.title', { name })}{t('todo.done', { count })}</h1>;" };

const BAD = [
  'export const B = () => <p aria-label="Close it">Hello {name} · 3</p>;',
  "export const C = () => <p title={'Hi ' + name}>{done ? 'Yes' : t('todo.title')}</p>;",
  "export const D = () => <p className={'row ' + kind} title={t('todo.title')}>{kind === 'done' ? <b>{count}</b> : null}</p>;",
].join('\n');

describe('check-i18n', () => {
  it('passes a complete, used set, Hebrew with its own plural categories and one form without {{count}}', () => {
    const result = run({ 'en.json': english, 'todo.he.json': hebrew }, uses);
    expect(result.out).toContain('strings complete');
    expect(result.status).toBe(0);
  });

  it('names a key missing in a language, and a language with no files at all', () => {
    const result = run({ 'en.json': english, 'he.json': { todo: { ...hebrew.todo, title: undefined } } }, uses, ['en', 'he', 'hu']);
    expect(result.out).toContain('he: missing todo.title');
    expect(result.out).toContain('hu: no strings files');
    expect(result.status).toBe(1);
  });

  it('wants exactly the plural categories of the language: Hebrew needs _two, English has no _two', () => {
    const result = run({ 'en.json': english, 'he.json': { todo: { ...hebrew.todo, done_two: undefined, done_few: 'x' } } }, uses);
    expect(result.out).toContain('he: missing todo.done_two');
    expect(result.out).toContain('he: todo.done_few is not a plural form of he (one, two, other)');
    expect(result.status).toBe(1);
  });

  it('names a key English does not have, and --prune deletes it', () => {
    const strings = { 'en.json': english, 'he.json': { todo: { ...hebrew.todo, gone: 'ישן' }, old: { x: 'y' } } };
    expect(run(strings, uses).out).toContain('he: todo.gone is not a key of English');
    const pruned = run(strings, uses, ['en', 'he'], true);
    expect(pruned.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(pruned.root, 'i18n', 'he.json'), 'utf8'))).toEqual(hebrew);
  });

  it('names placeholders that differ from English', () => {
    const result = run({ 'en.json': english, 'he.json': { todo: { ...hebrew.todo, title: 'משימות {{who}}' } } }, uses);
    expect(result.out).toContain('he: todo.title has placeholders {{who}}, English has {{name}}');
    expect(result.status).toBe(1);
  });

  it('names an unused key, counts keys built in a template, and a t() key English lacks', () => {
    const strings = {
      'en.json': { ...english, extra: { unused: 'x', built: { a: 'A' } } },
      'he.json': { ...hebrew, extra: { unused: 'x', built: { a: 'א' } } },
    };
    // A key built from data in a template literal, as the web app writes t(`changelog.fields.${field}`).
    const built = ['t(`extra.built.', '$', '{k}`)'].join('');
    const source = { ...uses, 'Built.ts': `export const f = (k: string) => [${built}, t("extra.nowhere")];` };
    const result = run(strings, source);
    expect(result.out).toContain('en: extra.unused is not used');
    expect(result.out).not.toContain('extra.built.a is not used');
    expect(result.out).toContain('en: missing extra.nowhere');
    expect(result.status).toBe(1);
  });

  it('names a key path defined in two files of one language', () => {
    const result = run({ 'en.json': english, 'todo.en.json': { todo: { title: 'Again {{name}}' } }, 'he.json': hebrew }, uses);
    expect(result.out).toContain('en: todo.title is defined in both en.json and todo.en.json');
    expect(result.status).toBe(1);
  });

  it('names text in JSX and in aria-label, title, placeholder or alt that bypasses i18n', () => {
    const source = { ...uses, 'Bad.tsx': BAD };
    const result = run({ 'en.json': english, 'he.json': hebrew }, source);
    expect(result.out).toMatch(/Bad\.tsx:1: text outside i18n: "Hello"/);
    expect(result.out).toMatch(/Bad\.tsx:1: aria-label outside i18n: "Close it"/);
    expect(result.out).toMatch(/Bad\.tsx:2: text outside i18n: "Yes"/);
    expect(result.out).toMatch(/Bad\.tsx:2: title outside i18n: "Hi"/);
    expect(result.out).not.toContain('Bad.tsx:3');
    expect(result.status).toBe(1);
  });
});
