/** Types a browser may show inline without running anything in our origin: images (not SVG), PDF, plain text. */
const INLINE_SAFE = /^(image\/(png|jpeg|gif|webp|avif|bmp)|application\/pdf|text\/plain)$/;

/** A MIME type as `type/subtype`, lower case, or a plain download type when the browser sent none or nonsense. */
export function cleanContentType(mimetype: string | undefined): string {
  const type = (mimetype ?? '').trim().toLowerCase();
  return /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/.test(type) && type.length <= 200 ? type : 'application/octet-stream';
}

/** A file name to keep: no path, no control characters, at most 255 characters; `file` when empty. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...clean].slice(0, 255).join('') || 'file';
}

/** Shown in the browser when asked and safe; HTML, SVG, scripts and everything else are downloads. */
export const showsInline = (contentType: string, asked: boolean) => asked && INLINE_SAFE.test(contentType);

/** RFC 5987 value characters: anything else is percent-encoded (encodeURIComponent leaves ' ( ) * as they are). */
const encode5987 = (text: string) => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Content-Disposition with the original name: a plain ASCII `filename` for old clients (other
 * characters as `_`) and RFC 5987 `filename*` in UTF-8 when the name is not plain ASCII.
 */
export function contentDisposition(name: string, inline: boolean): string {
  const type = inline ? 'inline' : 'attachment';
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  if (ascii === name) return `${type}; filename="${ascii}"`;
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encode5987(name)}`;
}
