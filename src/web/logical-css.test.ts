import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Right to left works only if no style says "left" or "right": Hebrew mirrors the whole layout
 * through logical properties (margin-inline-start, inset-inline-end, text-align: start…). This
 * check fails when a style sheet of the web app, or an inline style in a component, uses a
 * physical one. ALLOWED lists a file and the exact text, with the reason, if one is ever unavoidable.
 */
const ALLOWED: { file: string; text: string; reason: string }[] = [];

const CSS_RULES: [RegExp, string][] = [
  [/(?:^|[\s;{])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)\b/, 'margin/padding/border-left|right: use -inline-start|end'],
  [/(?:^|[\s;{])(?:left|right)\s*:/, 'left/right: use inset-inline-start|end'],
  [/\b(?:float|clear|text-align|caption-side|resize)\s*:\s*(?:left|right)\b/, 'float/clear/text-align left|right: use inline-start|end, start|end'],
  [/border-(?:top|bottom)-(?:left|right)-radius/, 'corner radius: use border-start-start-radius…'],
  [/\btranslateX\(|\btranslate\(\s*-?[\d.]+(?:px|rem|em|%)/, 'a horizontal move: mirror it in [dir="rtl"] or use a logical alternative'],
  [/background-position(?:-x)?\s*:[^;]*\b(?:left|right)\b/, 'background-position left|right: mirror it in [dir="rtl"]'],
  [/(?:^|[\s;{])inset\s*:\s*\S+\s+\S+\s+\S+/, 'inset with 3-4 values is physical: use inset-block / inset-inline'],
];

const INLINE_KEYS =
  /\b(?:left|right|marginLeft|marginRight|paddingLeft|paddingRight|borderLeft\w*|borderRight\w*|borderTopLeftRadius|borderTopRightRadius|borderBottomLeftRadius|borderBottomRightRadius)\s*:|\b(?:textAlign|float|clear)\s*:\s*['"](?:left|right)['"]/;

/** The physical styles in a style sheet: one finding per line ("file:line: rule"). */
function cssFindings(file: string, text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return withoutComments
    .split('\n')
    .flatMap((line, index) => CSS_RULES.filter(([pattern]) => pattern.test(line)).map(([, why]) => `${file}:${index + 1}: ${line.trim()} (${why})`));
}

/** The physical keys in a component's inline styles (`style={{ … }}`). */
function inlineFindings(file: string, text: string): string[] {
  return [...text.matchAll(/style=\{\{([\s\S]*?)\}\}/g)]
    .filter((match) => INLINE_KEYS.test(match[1]))
    .map(
      (match) =>
        `${file}:${text.slice(0, match.index).split('\n').length}: ${match[0].replace(/\s+/g, ' ')} (use paddingInlineStart, insetInlineEnd, textAlign: 'start'…)`,
    );
}

const ROOT = join(import.meta.dirname);

function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ending);
    return ending.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const allowed = (finding: string) => ALLOWED.some(({ file, text }) => finding.startsWith(file) && finding.includes(text));

describe('logical CSS only (right to left mirrors by itself)', () => {
  it('finds the physical properties it is meant to find, and lets logical ones pass', () => {
    expect(cssFindings('a.css', '.x { margin-left: 1rem; }\n.y { right: 0 }\n.z { text-align: left }\n.w { inset: 0 auto auto 0 }')).toHaveLength(4);
    expect(cssFindings('a.css', '.x { transform: translateX(4px) }\n.y { border-top-right-radius: 2px }\n.z { float: right }')).toHaveLength(3);
    const logical = '.x { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; inset: 0; }\n/* left as it was */';
    expect(cssFindings('a.css', logical)).toEqual([]);
    expect(inlineFindings('a.tsx', '<li style={{ paddingLeft: 4 }} />')).toHaveLength(1);
    expect(inlineFindings('a.tsx', "<p style={{ textAlign: 'right' }} />")).toHaveLength(1);
    expect(inlineFindings('a.tsx', '<li style={{ paddingInlineStart: 4, borderColor: c }} />')).toEqual([]);
  });

  it('the web app’s style sheets and inline styles use logical properties', () => {
    const css = filesUnder(ROOT, /\.css$/).flatMap((path) => cssFindings(relative(ROOT, path), readFileSync(path, 'utf8')));
    const inline = filesUnder(ROOT, /\.tsx$/).flatMap((path) => inlineFindings(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect([...css, ...inline].filter((finding) => !allowed(finding))).toEqual([]);
  });
});
