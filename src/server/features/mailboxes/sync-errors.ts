import type { SyncErrorCode } from '../../../shared/mailboxes';
import { SealedSecretError, SecretKeyMissingError } from '../../crypto/secrets';

/** Why a sync failed, as a code the page translates and an English sentence for the API; never a secret. */
export interface SyncError {
  code: SyncErrorCode;
  message: string;
}

export class FolderMissingError extends Error {
  constructor(readonly folder: string) {
    super(`The folder "${folder}" does not exist on the server`);
  }
}
export class UserInactiveError extends Error {}

type ErrorLike = { code?: unknown; authenticationFailed?: unknown; message?: unknown };

const TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT']);

function networkError(code: string, where: string): SyncError | null {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { code: 'host_unknown', message: `The mail server ${where} was not found (DNS)` };
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return { code: 'connect_failed', message: `Could not connect to ${where} (${code})` };
  }
  if (TIMEOUTS.has(code)) return { code: 'timeout', message: `The mail server ${where} did not answer in time` };
  if (code.startsWith('ERR_SSL') || code.includes('CERT') || code === 'ClosedAfterConnectTLS' || code === 'ClosedAfterConnectText') {
    return { code: 'tls_failed', message: `TLS with ${where} failed (${code}): check the port and the TLS setting` };
  }
  return null;
}

/**
 * A readable reason from what failed. Built from codes and fixed sentences only: server answers and
 * error messages can echo the login line, so none of their text is kept.
 */
export function describeSyncError(error: unknown, where: string): SyncError {
  if (error instanceof SecretKeyMissingError || error instanceof SealedSecretError) {
    return { code: 'secret_key', message: 'The stored password cannot be read: TEND_SECRET_KEY is unset or was changed; enter the password again' };
  }
  if (error instanceof FolderMissingError) return { code: 'folder_missing', message: error.message };
  if (error instanceof UserInactiveError) return { code: 'user_inactive', message: 'The owner of this mailbox is deactivated' };
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  if (e.authenticationFailed) return { code: 'auth_failed', message: `${where} refused the user name or password` };
  const code = typeof e.code === 'string' ? e.code : '';
  return networkError(code, where) ?? { code: 'failed', message: `The sync with ${where} failed${code ? ` (${code})` : ''}` };
}
