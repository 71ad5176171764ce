import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { send } from './errors';

/**
 * Answers that Fastify and Node's HTTP parser make before any route or error handler runs, in the
 * error format like every other answer: a URL that does not decode (400), a path parameter longer
 * than any id (414), a request line and headers beyond Node's limit (431), a timeout (408).
 */
function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return send(reply, 414, 'uri_too_long', 'A path segment of the URL is too long');
  if (error.code === 'FST_ERR_BAD_URL') return send(reply, 400, 'bad_request', 'The URL is not valid (bad percent-encoding)');
  return send(reply, 400, 'bad_request', 'The request could not be read');
}

const clientErrors: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large', 'The URL or the request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'timeout', 'The request took too long to arrive'],
};

/** Node's `clientError`: the request never became a request, so the answer is written on the socket. */
function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] = clientErrors[error.code ?? ''] ?? [400, 'Bad Request', 'bad_request', 'The request could not be read'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Spread into Fastify's options (see buildApp). */
export const frameworkErrorOptions = { frameworkErrors, clientErrorHandler } satisfies Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'>;
