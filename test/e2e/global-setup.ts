import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM, SERVER_ENTRY } from './harness';

/** Before any end-to-end test: a built app and Debian's Chromium (installed once, never downloaded by Playwright). */
export default function setup() {
  if (!fs.existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" before the end-to-end tests.`);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is missing; installing Debian's chromium…`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Could not install ${CHROMIUM}`);
  }
}
