// The strings gate: every language complete, nothing extra, nothing unused, no text outside i18n.
//   node scripts/check-i18n.mjs [--prune] [--languages en,da] [--strings dir] [--source dir] [--locales file]
// Loads src/web/i18n/*.json by language ("<area>.<lang>.json" or "<lang>.json"), merges each language's
// files deeply, and prints one line per problem, exiting 1 when there is one:
//   a key path defined in two files of one language; a key of English missing in a language (plural keys
//   in exactly the categories Intl.PluralRules gives the language; "_zero" is optional); a key English does
//   not have; {{placeholders}} that differ from English; an English key no source file uses; and text
//   in JSX (or in an aria-label, title, placeholder or alt attribute) that does not go through i18n.
// --prune deletes from the other languages' files the keys English no longer has (after a merge).
// --languages is a development aid (check only some languages, e.g. before translations exist);
// the gate itself (`npm run check:i18n`) always checks every language in LOCALES.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^,}\s]+)[^}]*\}\}/g;
// Attributes people read or hear; their literal text must come from i18n like JSX text does.
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt']);
const LETTER = /\p{L}/u;

/** The languages of the product, read from the shared list so the gate follows it. */
function productLanguages(options) {
  if (options.languages) return options.languages;
  const text = fs.readFileSync(options.locales, 'utf8');
  const list = /LOCALES\s*=\s*\[([^\]]*)\]/.exec(text)?.[1];
  if (!list) throw new Error(`${options.locales}: no LOCALES list`);
  return [...list.matchAll(/'([a-z]{2})'/g)].map((match) => match[1]);
}

const fileLanguage = (name) => /(?:^|\.)([a-z]{2})\.json$/.exec(name)?.[1];
const isSection = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Flattens one file into full key paths and their values. */
function leaves(object, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(object)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (isSection(value)) leaves(value, full, out);
    else out.set(full, value);
  }
  return out;
}

/** Every language's keys (path → value), each path from one file only; problems on the way. */
function loadStrings(dir, problems) {
  const byLanguage = new Map();
  const origin = new Map();
  for (const name of fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const language = fileLanguage(name);
    if (!language) {
      problems.push(`${name}: not named <area>.<lang>.json or <lang>.json`);
      continue;
    }
    const keys = byLanguage.get(language) ?? new Map();
    byLanguage.set(language, keys);
    for (const [key, value] of leaves(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')))) {
      const where = `${language}:${key}`;
      if (origin.has(where)) problems.push(`${language}: ${key} is defined in both ${origin.get(where)} and ${name}`);
      origin.set(where, name);
      keys.set(key, value);
      if (typeof value !== 'string') problems.push(`${language}: ${key} is not a string (${name})`);
      else if (value.trim() === '') problems.push(`${language}: ${key} is empty (${name})`);
    }
  }
  for (const [language, keys] of byLanguage) {
    for (const key of keys.keys()) {
      const parent = key.split('.').slice(0, -1);
      for (let depth = 1; depth <= parent.length; depth += 1) {
        const section = parent.slice(0, depth).join('.');
        if (keys.has(section)) problems.push(`${language}: ${section} is both a string and a section`);
      }
    }
  }
  return { byLanguage, origin };
}

const pluralBase = (key) => PLURAL.exec(key)?.[1];
const placeholders = (text) => new Set([...String(text).matchAll(PLACEHOLDER)].map((match) => match[1]));

/** The keys a language must have: English's, with each plural in the language's own categories. */
function expectedKeys(english, language) {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Map();
  const bases = new Map();
  for (const key of english.keys()) {
    const base = pluralBase(key);
    if (!base) expected.set(key, key);
    else bases.set(base, [...(bases.get(base) ?? []), key]);
  }
  for (const [base, forms] of bases) {
    for (const category of categories) expected.set(`${base}_${category}`, forms);
  }
  return { expected, bases, categories, optional: new Set([...bases.keys()].map((base) => `${base}_zero`)) };
}

/** English's placeholders for a key; for a plural, those of all its English forms. */
function englishPlaceholders(english, source) {
  const keys = Array.isArray(source) ? source : [source];
  return new Set(keys.flatMap((key) => [...placeholders(english.get(key))]));
}

function sameSet(a, b) {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

const listed = (set) => [...set].map((name) => `{{${name}}}`).join(' ') || 'none';

/** A translation may leave {{count}} out of a plural form ("one activity"), but nothing else. */
function placeholderProblem(language, key, text, wanted, plural) {
  const have = placeholders(text);
  if (plural) {
    have.delete('count');
    wanted.delete('count');
  }
  if (sameSet(have, wanted)) return null;
  return `${language}: ${key} has placeholders ${listed(have)}, English has ${listed(wanted)}`;
}

function compareLanguage(english, language, keys, problems, reportExtra = true) {
  const { expected, bases, categories, optional } = expectedKeys(english, language);
  const extra = [];
  for (const [key, source] of expected) {
    if (!keys.has(key)) {
      problems.push(`${language}: missing ${key}`);
      continue;
    }
    const wanted = englishPlaceholders(english, source);
    const problem = placeholderProblem(language, key, keys.get(key), wanted, Array.isArray(source));
    if (problem) problems.push(problem);
  }
  for (const key of keys.keys()) {
    if (expected.has(key) || optional.has(key)) continue;
    // With --prune these are deleted, not reported.
    const why = bases.has(pluralBase(key)) ? `not a plural form of ${language} (${categories.join(', ')})` : 'not a key of English';
    if (reportExtra) problems.push(`${language}: ${key} is ${why}`);
    extra.push(key);
  }
  return extra;
}

/** Source files of the web app, tests and type declarations left out. */
function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'test' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A key built in a template (`changelog.fields.${field}`) uses every key it can produce. */
function templatePattern(node) {
  const head = node.head.text;
  if (!/^[A-Za-z]\w*\./.test(head)) return null;
  const parts = [escapeRegExp(head), ...node.templateSpans.map((span) => `.+${escapeRegExp(span.literal.text)}`)];
  return new RegExp(`^${parts.join('')}$`);
}

const letters = (text) => LETTER.test(text.replace(/&[a-z]+;/g, ''));

/** The text a reader would get from an expression shown as is: a literal, or a template's fixed parts. */
function shownText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return shownText(node.expression);
  if (ts.isConditionalExpression(node)) return [shownText(node.whenTrue), shownText(node.whenFalse)].join(' ');
  if (!ts.isBinaryExpression(node)) return '';
  // 'Hi ' + name shows both sides; a ?? 'None' or a || 'None' may show the right one.
  if (node.operatorToken.kind === ts.SyntaxKind.PlusToken) return `${shownText(node.left)} ${shownText(node.right)}`;
  if ([ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) return shownText(node.right);
  return '';
}

function hardCodedText(node, file, sourceFile, problems) {
  const where = () => `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
  if (ts.isJsxText(node) && letters(node.text)) problems.push(`${where()}: text outside i18n: "${node.text.trim()}"`);
  // {'Save'} or {done ? 'Yes' : 'No'} between tags.
  if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent) && letters(shownText(node.expression))) {
    problems.push(`${where()}: text outside i18n: "${shownText(node.expression).trim()}"`);
  }
  if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sourceFile)) && node.initializer) {
    const value = ts.isJsxExpression(node.initializer) ? shownText(node.initializer.expression ?? node.initializer) : shownText(node.initializer);
    if (letters(value)) problems.push(`${where()}: ${node.name.getText(sourceFile)} outside i18n: "${value.trim()}"`);
  }
}

/**
 * What the source uses: every string literal (keys travel through props and config objects as
 * 'fields.name', so a literal anywhere counts, not only inside t()), and every template that starts
 * with a section ("todo.groups.${section}") as a pattern. Also notes JSX text that bypasses i18n.
 */
function scanSource(dir, problems) {
  const literals = new Set();
  const patterns = [];
  const called = new Set();
  for (const file of sourceFiles(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const visit = (node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
      else if (isTranslateCall(node)) called.add(node.arguments[0].text);
      else if (ts.isTemplateExpression(node)) {
        const pattern = templatePattern(node);
        if (pattern) patterns.push(pattern);
      }
      if (file.endsWith('.tsx')) hardCodedText(node, file, sourceFile, problems);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, patterns, called };
}

/** t('some.key', ...) with a literal key, so a key missing in English is caught too. */
function isTranslateCall(node) {
  if (!ts.isCallExpression(node) || !node.arguments[0] || !ts.isStringLiteral(node.arguments[0])) return false;
  const callee = node.expression;
  return (ts.isIdentifier(callee) && callee.text === 't') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 't');
}

function undefinedKeys(english, used, source, problems) {
  const bases = new Set([...english.keys()].map(pluralBase).filter(Boolean));
  for (const key of used.called) {
    if (!english.has(key) && !bases.has(key)) problems.push(`en: missing ${key} (used in ${source})`);
  }
}

function unusedKeys(english, used, source, problems) {
  const isUsed = (name) => used.literals.has(name) || used.patterns.some((pattern) => pattern.test(name));
  for (const key of english.keys()) {
    const base = pluralBase(key);
    if (!isUsed(key) && !(base && isUsed(base))) problems.push(`en: ${key} is not used in ${source}`);
  }
}

/** Deletes the keys English does not have from a language's files, dropping sections left empty. */
function prune(dir, language, extra, origin) {
  const byFile = new Map();
  for (const key of extra) {
    const file = origin.get(`${language}:${key}`);
    byFile.set(file, [...(byFile.get(file) ?? []), key]);
  }
  for (const [file, keys] of byFile) {
    const full = path.join(dir, file);
    const strings = JSON.parse(fs.readFileSync(full, 'utf8'));
    for (const key of keys) removeKey(strings, key.split('.'));
    fs.writeFileSync(full, `${JSON.stringify(strings, null, 2)}\n`);
    console.log(`${file}: pruned ${keys.join(', ')}`);
  }
}

function removeKey(section, [head, ...rest]) {
  if (!isSection(section) || !(head in section)) return;
  if (rest.length === 0) delete section[head];
  else {
    removeKey(section[head], rest);
    if (isSection(section[head]) && Object.keys(section[head]).length === 0) delete section[head];
  }
}

/**
 * Checks the strings in `strings` against the source in `source`; returns the problems, one line each.
 * `languages` (else the LOCALES list in `locales`) are the languages that must be complete.
 */
export function checkI18n({ strings, source, locales, languages, prune: pruneExtra = false }) {
  const problems = [];
  const wanted = productLanguages({ locales, languages });
  const { byLanguage, origin } = loadStrings(strings, problems);
  const english = byLanguage.get('en') ?? new Map();
  for (const language of byLanguage.keys()) {
    if (!languages && !wanted.includes(language)) problems.push(`${language}: files for a language not in ${wanted.join(', ')}`);
  }
  for (const language of wanted.filter((code) => code !== 'en')) {
    const keys = byLanguage.get(language);
    if (!keys) {
      problems.push(`${language}: no strings files (${language}.json or <area>.${language}.json)`);
      continue;
    }
    const extra = compareLanguage(english, language, keys, problems, !pruneExtra);
    if (pruneExtra && extra.length > 0) prune(strings, language, extra, origin);
  }
  compareLanguage(english, 'en', english, problems);
  const used = scanSource(source, problems);
  unusedKeys(english, used, source, problems);
  undefinedKeys(english, used, source, problems);
  return { problems, summary: `${wanted.length} languages, ${english.size} English keys` };
}

function main() {
  const { values } = parseArgs({
    options: {
      prune: { type: 'boolean', default: false },
      languages: { type: 'string' },
      strings: { type: 'string', default: 'src/web/i18n' },
      source: { type: 'string', default: 'src/web' },
      locales: { type: 'string', default: 'src/shared/common.ts' },
    },
  });
  const languages = values.languages?.split(',').map((code) => code.trim());
  const { problems, summary } = checkI18n({ ...values, languages });
  for (const problem of problems) console.log(problem);
  console.log(problems.length ? `${problems.length} problems (${summary})` : `strings complete (${summary})`);
  process.exit(problems.length ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
