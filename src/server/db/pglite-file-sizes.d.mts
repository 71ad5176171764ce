/** See pglite-file-sizes.mjs: PGlite's file sizes kept instead of an fstat per seek to a file's end. */
export function cacheFileSizes(module: unknown): boolean;
