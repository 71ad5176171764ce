/**
 * The document a mail's HTML is shown in (an iframe's srcdoc). The server has sanitised it already;
 * this adds a second lock: its own Content-Security-Policy (no scripts, nothing fetched but this
 * origin's documents until the reader asks for images), and any script or handler that slipped
 * through is dropped again. Remote images come back from `data-remote-src` only when asked.
 */
export function mailDocument(html: string, options: { showImages: boolean; origin: string }): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const element of Array.from(parsed.querySelectorAll('script, iframe, object, embed, form, meta, link, base'))) element.remove();
  for (const element of Array.from(parsed.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) element.removeAttribute(attribute.name);
    }
  }
  if (options.showImages) {
    for (const image of Array.from(parsed.querySelectorAll('img[data-remote-src]'))) {
      const src = image.getAttribute('data-remote-src') ?? '';
      if (/^https?:\/\//i.test(src)) image.setAttribute('src', src);
    }
  }
  const images = options.showImages ? `${options.origin} data: https: http:` : `${options.origin} data:`;
  const policy = `default-src 'none'; img-src ${images}; style-src 'unsafe-inline'; form-action 'none'`;
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<base target="_blank">',
    '<style>body{margin:0;font-family:system-ui,sans-serif;font-size:14px;overflow-wrap:anywhere}img{max-inline-size:100%;block-size:auto}</style>',
    `</head><body dir="auto">${parsed.body.innerHTML}</body></html>`,
  ].join('');
}
