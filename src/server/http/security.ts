import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, problem } from './errors';

/**
 * The web app's Content-Security-Policy: everything from this origin only. The built app is one
 * module script and one stylesheet (no inline script or style element; React sets styles through
 * the DOM, which CSP allows); the favicon is a data: URL.
 */
const appDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Swagger UI at /api/docs writes style attributes into its markup and draws icons from data:
 * URLs, so its pages alone also allow inline styles; scripts stay 'self' only.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** HSTS only over https (behind a trusted proxy that says so): over plain http it would lock users out. */
const HSTS = 'max-age=15552000';

/** Headers on every answer: CSP, nosniff, no referrer, no framing, HSTS over https, no caching of the API. */
export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    // Every directive spelled out above: helmet's defaults add upgrade-insecure-requests, which
    // breaks a server reached over plain http on a LAN address.
    contentSecurityPolicy: { useDefaults: false, directives: appDirectives },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    // Answers carry personal data: no browser or proxy keeps a copy.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isJson = (contentType: string | undefined) => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType ?? '');
/** A raw mail (POST /mail/messages): like JSON, not a type a page on another site may send without a preflight. */
const isRawMail = (contentType: string | undefined) => /^message\/rfc822\s*(;|$)/i.test(contentType ?? '');

/**
 * Cross-site request forgery, refused in one place. A page on another site can make a browser
 * send a POST with the user's cookie only as a form or a "simple" fetch: text/plain,
 * form-encoded or multipart, or no body at all. So, for a state-changing /api/ request:
 * - a Bearer token passes: browsers never add one by themselves;
 * - a browser that says where the request comes from (Sec-Fetch-Site, which pages cannot set)
 *   is believed: another site → 403, this origin → on;
 * - anything else (an older browser, a script with a cookie) must say it is JSON, which a page
 *   on another site cannot send without a CORS preflight that Tend never grants → else 415.
 * Runs after authentication: an anonymous caller of a private route learns 401 first.
 */
export function registerCsrfDefence(app: FastifyInstance) {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    if (/^Bearer\s/i.test(request.headers.authorization ?? '')) return;
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') throw problem('forbidden', 'other_site', 'Requests from other sites are not accepted');
    if (site === 'same-origin' || site === 'none') return;
    // DELETE cannot be sent across origins without a preflight, and carries no body.
    if (request.method !== 'DELETE' && !isJson(request.headers['content-type']) && !isRawMail(request.headers['content-type'])) {
      throw new AppError('unsupported_media_type', 'Send JSON (Content-Type: application/json), even with an empty body ({})').because('send_json');
    }
  });
}
