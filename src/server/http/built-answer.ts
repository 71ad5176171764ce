import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';

/**
 * The answer as UTF-8 bytes, encoded once: from a string Fastify measures the bytes (to set
 * content-length) and Node encodes them again to send; a week of ten calendars (900 KB of names and
 * notes in five languages) spent 5 ms a request measuring. Typed as the string Fastify's serializer
 * type says: Fastify sends a Buffer as it is.
 */
export const utf8 = (json: string): string => Buffer.from(json, 'utf8') as unknown as string;

/**
 * The serializer of a hot read whose service builds every field of its answer itself (the to-do
 * list): the answer is written with JSON.stringify, without passing it through its Zod schema again
 * (for a page of 50 activities that is about 0.5 ms of the server's only thread, a quarter of what
 * the request costs it). The schema still documents the answer (OpenAPI).
 * Under the tests (VITEST) every answer also goes through the schema, and one the schema would
 * change (a field it does not list, a value of the wrong type) fails the request: the tests prove
 * that the shortcut writes exactly what the checked path would.
 */
export const builtAnswerSerializer = <T>(route: Parameters<FastifySerializerCompiler<T>>[0]) => {
  if (!process.env.VITEST) return (data: unknown) => utf8(JSON.stringify(data));
  const checked = serializerCompiler(route as unknown as Parameters<typeof serializerCompiler>[0]);
  return (data: unknown) => {
    const fast = JSON.stringify(data);
    const viaSchema = checked(data);
    if (!isDeepStrictEqual(JSON.parse(fast), JSON.parse(viaSchema))) {
      throw new Error(`${route.method} ${route.url}: the answer differs from what its schema makes of it:\n${fast}\n${viaSchema}`);
    }
    return utf8(fast);
  };
};

/** Every other JSON answer: checked by its Zod schema (fastify-type-provider-zod), then sent as UTF-8 bytes (see utf8). */
export const schemaAnswerSerializer = <T>(route: Parameters<FastifySerializerCompiler<T>>[0]) => {
  const checked = serializerCompiler(route as unknown as Parameters<typeof serializerCompiler>[0]);
  return (data: unknown) => utf8(checked(data));
};
