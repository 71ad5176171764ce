// Lists functions, arrow functions and methods longer than the limit (60 lines, the team guide's
// "short functions"), outside tests; exits 1 when there is one. Usage:
//   node scripts/long-functions.mjs [--max 60] [--quiet] path...   (files or folders)
// A function's length is counted from its first line to its last, nested functions included: a
// long callback inside a short wrapper makes both long, and both are listed.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const { values, positionals: roots } = parseArgs({
  allowPositionals: true,
  options: { max: { type: 'string', default: '60' }, quiet: { type: 'boolean', default: false } },
});
const max = Number(values.max);
const quiet = values.quiet;
if (roots.length === 0 || !Number.isInteger(max) || max < 1) {
  console.error('usage: node scripts/long-functions.mjs [--max 60] [--quiet] path...');
  process.exit(2);
}

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED = /(\.test\.tsx?|\.d\.ts)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'results', '.git']);

function filesUnder(root) {
  const stat = fs.statSync(root, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${root}: no such file or folder`);
  if (stat.isFile()) return [root];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(full);
    return SOURCE.test(entry.name) && !SKIPPED.test(entry.name) ? [full] : [];
  });
}

function nameOf(node, sourceFile) {
  if (node.name) return node.name.getText(sourceFile);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText(sourceFile);
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(sourceFile).slice(0, 40)})`;
  return '(anonymous)';
}

function longFunctions(file) {
  const text = fs.readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      const end = sourceFile.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const lines = end - start + 1;
      if (lines > max) found.push({ file, line: start, lines, name: nameOf(node, sourceFile) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const all = roots.flatMap(filesUnder).flatMap(longFunctions);
all.sort((a, b) => b.lines - a.lines);
if (!quiet) for (const f of all) console.log(`${f.file}:${f.line}  ${f.name}  ${f.lines} lines`);
console.log(`${all.length} function${all.length === 1 ? '' : 's'} over ${max} lines in ${roots.join(' ')}`);
process.exit(all.length > 0 ? 1 : 0);
