import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Database, rows } from './client';
import { duringStartup } from './locks';

export class MigrationError extends Error {}

interface Journal {
  entries: { idx: number; tag: string }[];
}

const defaultDir = () => {
  // Bundled server: migrations are copied beside it; from source: beside this file.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, 'migrations'), path.join(here, 'db', 'migrations')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'meta', '_journal.json'))) ?? candidates[0];
};

export interface Migration {
  tag: string;
  statements: string[];
}

export function readMigrations(dir = defaultDir()): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => ({
      tag,
      statements: fs
        .readFileSync(path.join(dir, `${tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.replace(/--.*$/gm, '').trim() !== ''),
    }));
}

/**
 * Applies the committed SQL migrations that the database lacks, all in one transaction, while
 * holding the start-up lock, so two servers starting together cannot both migrate. A database that has
 * migrations this version does not know was migrated by a newer Tend: refuse it rather than guess.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<string[]> {
  return duringStartup(db, () => migrateNow(db, migrations));
}

async function migrateNow(db: Database, migrations: Migration[]): Promise<string[]> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS tend_migrations (tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  return db.transaction(async (tx) => {
    const applied = new Set((await rows<{ tag: string }>(tx, sql`SELECT tag FROM tend_migrations`)).map((r) => r.tag));
    const known = new Set(migrations.map((m) => m.tag));
    const unknown = [...applied].filter((tag) => !known.has(tag));
    if (unknown.length > 0) {
      throw new MigrationError(
        `This database was migrated by a newer version of Tend (it has ${unknown.join(', ')}, which this version does not know). ` +
          'Run the newer version of Tend, or restore a backup made for this version.',
      );
    }
    const pending = migrations.filter((m) => !applied.has(m.tag));
    for (const migration of pending) {
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`INSERT INTO tend_migrations (tag) VALUES (${migration.tag})`);
    }
    return pending.map((m) => m.tag);
  });
}
