#!/usr/bin/env node
// `npx tend …` (package.json "bin"): runs the command line's TypeScript through tsx, a runtime
// dependency of Tend, so a checkout needs no build step and never runs a stale bundle.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli/tend.ts');
