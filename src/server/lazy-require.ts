import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded on its first use instead of when the server starts. For the mail
 * packages (imapflow, mailparser, sanitize-html: 0.35 s of loading together): a server without
 * mailboxes never needs them, and at start every core is busy opening the database (bench/analysis.md).
 */
export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
