import { onFirstUse } from '../../lazy-require';
import type SanitizeHtml from 'sanitize-html';

const sanitizer = onFirstUse<typeof SanitizeHtml>('sanitize-html');

/** A CSS value that loads nothing: no `url(…)`, `expression(…)` or `@import`; colours like rgb(…) allowed. */
const safeValue = [/^(?:[^()\\;@]|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))*$/i];
const styles = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'text-align',
  'text-decoration',
  'vertical-align',
  'white-space',
  'width',
  'max-width',
  'height',
  'margin',
  'margin-top',
  'margin-bottom',
  'margin-left',
  'margin-right',
  'padding',
  'padding-top',
  'padding-bottom',
  'padding-left',
  'padding-right',
  'border',
  'border-top',
  'border-bottom',
  'border-left',
  'border-right',
  'border-collapse',
  'border-spacing',
  'display',
];
const allowedStyles = { '*': Object.fromEntries(styles.map((property) => [property, safeValue])) };

const remote = /^https?:\/\//i;
const inlineImage = /^data:image\/(?:png|gif|jpeg|webp);base64,/i;

export interface SanitizedHtml {
  html: string;
  /** Remote images were held back (their address is in `data-remote-src`). */
  hasRemoteImages: boolean;
}

/**
 * A mail's HTML made safe to show inside Tend: no scripts, event handlers, forms, frames, styles
 * that load anything, or links that run code. Remote images are not loaded until the reader asks:
 * their address moves to `data-remote-src` (the web's "Show images" puts it back into `src`), so
 * opening a mail tells no sender it was read. `cid:` images point at their stored attachment
 * (`contentUrl`); one without an attachment is dropped.
 */
export function sanitizeMailHtml(html: string, contentUrl: (cid: string) => string | null): SanitizedHtml {
  let hasRemoteImages = false;
  const image: SanitizeHtml.Transformer = (tagName, attribs) => {
    const { src = '', srcset: _srcset, ...rest } = attribs;
    if (remote.test(src)) {
      hasRemoteImages = true;
      return { tagName, attribs: { ...rest, 'data-remote-src': src } };
    }
    if (src.toLowerCase().startsWith('cid:')) {
      const url = contentUrl(decodeURIComponent(src.slice(4)));
      return { tagName, attribs: url ? { ...rest, src: url } : rest };
    }
    return { tagName, attribs: inlineImage.test(src) ? { ...rest, src } : rest };
  };
  const sanitizeHtml = sanitizer();
  const clean = sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center', 'span', 'del', 'ins', 'u', 's', 'small', 'big'],
    allowedAttributes: {
      '*': ['style', 'align', 'valign', 'width', 'height', 'dir', 'lang', 'title', 'colspan', 'rowspan', 'bgcolor'],
      a: ['href', 'name', 'target', 'rel'],
      img: ['src', 'alt', 'data-remote-src'],
      font: ['color', 'face', 'size'],
      table: ['border', 'cellpadding', 'cellspacing'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['data'] },
    allowedStyles,
    allowProtocolRelative: false,
    transformTags: {
      img: image,
      // Links open outside Tend and tell the site nothing about where they came from.
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' } }),
    },
  });
  return { html: clean, hasRemoteImages };
}
