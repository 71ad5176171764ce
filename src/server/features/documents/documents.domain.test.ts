import { describe, expect, it } from 'vitest';
import { cleanContentType, cleanFileName, contentDisposition, showsInline } from './documents.domain';

describe('contentDisposition', () => {
  it.each([
    ['report.pdf', false, 'attachment; filename="report.pdf"'],
    ['photo.png', true, 'inline; filename="photo.png"'],
    ['Tilbud æøå.pdf', false, `attachment; filename="Tilbud ___.pdf"; filename*=UTF-8''Tilbud%20%C3%A6%C3%B8%C3%A5.pdf`],
    ['שלום.txt', false, `attachment; filename="____.txt"; filename*=UTF-8''%D7%A9%D7%9C%D7%95%D7%9D.txt`],
    ['a "quoted" (1)*.txt', false, `attachment; filename="a _quoted_ (1)*.txt"; filename*=UTF-8''a%20%22quoted%22%20%281%29%2A.txt`],
  ])('%s (inline %s) → %s', (name, inline, header) => {
    expect(contentDisposition(name, inline)).toBe(header);
  });
});

describe('showsInline', () => {
  it.each([
    ['image/png', true, true],
    ['application/pdf', true, true],
    ['text/plain', true, true],
    ['image/png', false, false],
    ['text/html', true, false],
    ['image/svg+xml', true, false],
    ['application/xhtml+xml', true, false],
    ['text/javascript', true, false],
    ['application/octet-stream', true, false],
  ])('%s asked %s → %s', (type, asked, inline) => {
    expect(showsInline(type, asked)).toBe(inline);
  });
});

describe('cleaning what the browser sent', () => {
  it.each([
    ['Application/PDF', 'application/pdf'],
    ['', 'application/octet-stream'],
    [undefined, 'application/octet-stream'],
    ['text/html; charset=utf-8', 'application/octet-stream'],
    ['not a type', 'application/octet-stream'],
  ])('content type %s → %s', (input, type) => {
    expect(cleanContentType(input)).toBe(type);
  });

  it.each([
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['  spaced.txt  ', 'spaced.txt'],
    ['a\u0000b\nc.txt', 'abc.txt'],
    ['', 'file'],
    [undefined, 'file'],
    ['x'.repeat(300), 'x'.repeat(255)],
  ])('file name %j → %j', (input, name) => {
    expect(cleanFileName(input)).toBe(name);
  });
});
