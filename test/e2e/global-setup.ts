import { execSync } from 'node:child_process';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, SERVER_ENTRY, startServer } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory the built server has migrated and left; each test's server starts on a copy. */
    e2eDataTemplate: string;
  }
}

/**
 * Before any end-to-end test: a built app, Debian's Chromium (installed once, never downloaded by
 * Playwright), and a migrated data directory to copy. A server on an empty directory spends about
 * 7 of its 12 s creating the database and running the migrations; on a copy it is healthy in 5 s.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" before the end-to-end tests.`);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is missing; installing Debian's chromium…`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Could not install ${CHROMIUM}`);
  }
  const template = await startServer({ keepDataDir: true });
  await template.stop();
  project.provide('e2eDataTemplate', template.dataDir);
  return () => fs.rmSync(template.dataDir, { recursive: true, force: true });
}
