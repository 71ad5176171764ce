import type { DatabaseHandle } from '../../db/client';
import { ping } from './health.repository';

/** Whether the server's database answers (it throws, and the route answers 500, when it does not). */
export async function health(handle: DatabaseHandle) {
  // No access check: public, for load balancers and monitors.
  await ping(handle.db);
  return { status: 'ok' as const, database: handle.engine };
}
