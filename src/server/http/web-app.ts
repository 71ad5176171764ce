import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFoundForApi } from './errors';

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** index.html (and anything unhashed) is checked with the server on every load, so a release shows at once. */
const cacheHeadersUnder = (root: string) => (reply: FastifyReply, file: string) => {
  reply.header('cache-control', path.relative(root, file).startsWith(`assets${path.sep}`) ? IMMUTABLE : 'no-cache');
};

/**
 * Serves the built web app from `webDir` (absent in API-only tests): files compressed at build
 * time (.br, .gz beside each, see scripts/finish-build.mjs) are sent to browsers that accept them,
 * hashed assets are cached for good, and every other GET outside /api/ gets index.html, where
 * the app's router takes over.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | null | undefined) {
  const root = webDir && fs.existsSync(path.join(webDir, 'index.html')) ? webDir : null;
  if (root) {
    await app.register(fastifyStatic, { root, wildcard: false, index: false, preCompressed: true, cacheControl: false, setHeaders: cacheHeadersUnder(root) });
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing asset (an old page after a release) must not get index.html as "JavaScript".
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/') || !root || request.method !== 'GET') return notFoundForApi(reply);
    // Client-side routes: every other GET gets the web app.
    return reply.type('text/html').sendFile('index.html');
  });
}
