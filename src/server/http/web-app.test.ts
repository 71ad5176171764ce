import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../../test/factories';
import { buildApp } from '../app';
import type { DatabaseHandle } from '../db/client';
import { createTestDatabase } from '../../../test/test-db';
import { TEST_KDF_COST } from '../../../test/helpers';

/** A built web app as scripts/finish-build.mjs leaves it: hashed assets, each with .br and .gz beside it. */
function builtWebApp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  const write = (file: string, content: string) => {
    fs.writeFileSync(path.join(dir, file), content);
    fs.writeFileSync(path.join(dir, `${file}.br`), zlib.brotliCompressSync(content));
    fs.writeFileSync(path.join(dir, `${file}.gz`), zlib.gzipSync(content));
  };
  write(
    'index.html',
    `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>${' '.repeat(2000)}`,
  );
  write('assets/index-AbC123.js', `console.log(${JSON.stringify('x'.repeat(5000))});`);
  return dir;
}

let database: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database, kdfCost: TEST_KDF_COST, webDir: builtWebApp() });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

function expectSecurityHeaders(headers: Record<string, unknown>) {
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
}

describe('serving the web app', () => {
  it('sends index.html, compressed when accepted, never cached without asking, for every client-side route', async () => {
    for (const url of ['/', '/customers/123', '/settings/activity-types']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toContain('<div id="root">');
      expectSecurityHeaders(res.headers);
    }
    const plain = await app.inject({ url: '/' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('<div id="root">');
  });

  it('sends hashed assets precompressed (brotli or gzip) and cacheable for good', async () => {
    const gzip = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.statusCode).toBe(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-type']).toMatch(/javascript/);
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toMatch(/^console\.log/);
    expectSecurityHeaders(gzip.headers);
    const br = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(200);
  });

  it('answers a missing asset 404 (not index.html as JavaScript)', async () => {
    const res = await app.inject({ url: '/assets/index-Old999.js' });
    expect(refusal(res, 404).code).toBe('not_found');
  });
});
