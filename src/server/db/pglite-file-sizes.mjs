// PostgreSQL asks a relation's size by seeking to the end of its file (mdnblocks: lseek SEEK_END),
// before it scans a table or an index and when it plans a statement. Emscripten's NODEFS answers
// each such seek with an fstat system call: a third of PGlite's busy time under the to-do list at
// 10 connections (CPU profile of the embedded server, 100,000 activities).
//
// The data directory belongs to this process alone (db/data-dir-lock.ts), so a file's size changes
// only through this FS: the size is kept per file once asked, grown by each write past its end,
// and forgotten whenever the file is truncated or extended by any other path (setattr, which
// ftruncate and fallocate go through). Below PGlite's public API (Module.NODEFS, Module.FS): if a
// PGlite version lacks those, nothing is changed.

/** Installs the size cache on PGlite's NODEFS; answers whether it could. */
export function cacheFileSizes(module) {
  const FS = module?.FS;
  const NODEFS = module?.NODEFS;
  const streamOps = NODEFS?.stream_ops;
  const nodeOps = NODEFS?.node_ops;
  if (!FS?.isFile || !FS.ErrnoError || !streamOps?.llseek || !streamOps.write || !streamOps.setattr || !nodeOps?.setattr) return false;
  if (streamOps.cachedSizes) return true;
  const sizes = new WeakMap();
  const { llseek, write, setattr } = streamOps;
  const setNodeAttr = nodeOps.setattr;
  const SEEK_END = 2;
  streamOps.llseek = (stream, offset, whence) => {
    if (whence !== SEEK_END || !FS.isFile(stream.node.mode)) return llseek(stream, offset, whence);
    let size = sizes.get(stream.node);
    if (size === undefined) {
      size = llseek(stream, 0, SEEK_END);
      sizes.set(stream.node, size);
    }
    const position = size + offset;
    if (position < 0) throw new FS.ErrnoError(28); // EINVAL, as NODEFS answers
    return position;
  };
  streamOps.write = (stream, buffer, offset, length, position, canOwn) => {
    const written = write(stream, buffer, offset, length, position, canOwn);
    const size = sizes.get(stream.node);
    if (size !== undefined && position + written > size) sizes.set(stream.node, position + written);
    return written;
  };
  streamOps.setattr = (stream, attr) => {
    sizes.delete(stream.node);
    return setattr(stream, attr);
  };
  nodeOps.setattr = (node, attr) => {
    sizes.delete(node);
    return setNodeAttr(node, attr);
  };
  streamOps.cachedSizes = true;
  return true;
}
