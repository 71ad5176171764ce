import fs from 'node:fs';
import path from 'node:path';
import type { LoadedDataset } from './dataset';

/**
 * `--keep`: a loaded dataset kept between bench runs (the 1M load takes minutes). The database (a
 * PostgreSQL database `tend_bench_N` on the server DATABASE_URL names, or a PGlite directory under
 * .tmp-bench/) stays after the run, and what the load answered is written next to it, so the next
 * run with --keep skips the load. The write scenarios add rows to a kept dataset (a few hundred
 * activities per run): fine for measuring reads, not for a committed full run.
 */
const keepDir = path.resolve(import.meta.dirname, '..', '.tmp-bench');

export const keptEmbeddedDir = (activities: number) => path.join(keepDir, `embedded-${activities}`);
const datasetFile = (engine: string, activities: number) => path.join(keepDir, `dataset-${engine}-${activities}.json`);

export function saveKeptDataset(engine: string, activities: number, dataset: LoadedDataset): void {
  fs.mkdirSync(keepDir, { recursive: true });
  const plain = { ...dataset, typeIds: [...dataset.typeIds], statusIds: [...dataset.statusIds] };
  fs.writeFileSync(datasetFile(engine, activities), JSON.stringify(plain));
}

/** The kept dataset's description, or null when there is none (then the run loads and keeps one). */
export function keptDataset(engine: string, activities: number): LoadedDataset | null {
  const file = datasetFile(engine, activities);
  if (!fs.existsSync(file)) return null;
  const plain = JSON.parse(fs.readFileSync(file, 'utf8')) as LoadedDataset & { typeIds: [string, string][]; statusIds: [string, string][] };
  return { ...plain, typeIds: new Map(plain.typeIds), statusIds: new Map(plain.statusIds) };
}

/** Forgets a kept dataset (its database is being rebuilt). */
export function dropKeptDataset(engine: string, activities: number): void {
  fs.rmSync(datasetFile(engine, activities), { force: true });
}
