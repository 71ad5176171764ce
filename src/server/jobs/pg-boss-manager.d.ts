// pg-boss 10's internal Manager, patched by jobs.ts (the package has no types for it).
declare module 'pg-boss/src/manager.js' {
  import type { EventEmitter } from 'node:events';
  class Manager extends EventEmitter {
    complete(...args: unknown[]): Promise<unknown>;
    fail(...args: unknown[]): Promise<unknown>;
  }
  export default Manager;
}
