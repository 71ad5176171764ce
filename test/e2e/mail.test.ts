import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, ROOT, type RunningServer, signIn, startServer } from './harness';

const SUBJECT = 'Tilbud på ventilation – Bæk';
const PDF = '%PDF-1.4\n% Tend e2e\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
const ATTACHMENT = 'tilbud 2027.pdf';
/** Where the mail's remote image would come from: nothing may ask for it until "Show images". */
const REMOTE_IMAGE = 'http://images.mail-sender.test/logo.png';

/** A mail from the contact, with HTML (a remote image) and a PDF attached, as a mail program saves it. */
function eml(): string {
  const html = [
    '<div style="font-family: Georgia, serif; color: #1d2723">',
    `<p><img src="${REMOTE_IMAGE}" alt="Bæk Ventilation" width="160" height="40"></p>`,
    '<p>Kære Mette,</p>',
    '<p>Tak for et godt møde i går. Her er vores <b>tilbud på ventilation</b> til lageret i Aarhus, som aftalt:</p>',
    '<ul><li>Ventilationsanlæg, 4 zoner</li><li>Montering og indregulering</li><li>Serviceaftale det første år</li></ul>',
    '<p>Tilbuddet gælder til 31. januar. Ring gerne, hvis I har spørgsmål.</p>',
    '<p>Venlig hilsen<br>Ole Bæk<br>Bæk Ventilation ApS</p></div>',
  ].join('');
  return [
    'From: Ole Bæk <ole@baek-ventilation.test>',
    'To: Admin <admin@e2e.tend.test>',
    `Subject: =?UTF-8?B?${Buffer.from(SUBJECT).toString('base64')}?=`,
    'Date: Mon, 30 Nov 2026 10:15:00 +0100',
    'Message-ID: <tilbud-1@baek-ventilation.test>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mixed"',
    '',
    '--mixed',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('Kære Mette,\nHer er vores tilbud på ventilation.\nVenlig hilsen\nOle Bæk').toString('base64'),
    '--alt',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(html).toString('base64'),
    '--alt--',
    '--mixed',
    `Content-Type: application/pdf; name="${ATTACHMENT}"`,
    `Content-Disposition: attachment; filename="${ATTACHMENT}"`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(PDF).toString('base64'),
    '--mixed--',
    '',
  ].join('\r\n');
}

/**
 * Mail journaling end to end (issue 16, point 7): an .eml with an attachment dropped on a
 * customer's page (a real drop event carrying a DataTransfer) is journaled on the contact whose
 * address sent it, shows on the customer's timeline with its direction and paperclip, and its page
 * shows the message (remote images held back until asked) and downloads the attachment.
 */
describe('dropping a mail on a customer', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let customerId: string;
  const remoteRequests: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 900 }));
    page.on('request', (request) => {
      if (request.url().startsWith('http://images.mail-sender.test/')) remoteRequests.push(request.url());
    });
    await signIn(page, server.url, ADMIN);
    const api = apiOf(page.request, server.url);
    customerId = (await api.post<{ id: string }>('/customers', { name: 'Bæk Ventilation ApS', status: 'lead' })).id;
    await api.post('/contacts', { customerId, firstName: 'Ole', lastName: 'Bæk', email: 'ole@baek-ventilation.test' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('journals the dropped .eml and shows it on the customer’s timeline with its attachment', async () => {
    await page.goto(`${server.url}/customers/${customerId}`);
    await page.getByText('Drop .eml files here to journal them').waitFor();
    await page.evaluate(
      ({ text }) => {
        const zone = document.querySelector('[data-mail-drop]') as HTMLElement;
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'tilbud.eml', { type: 'message/rfc822' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      { text: eml() },
    );
    const result = page.getByRole('listitem').filter({ hasText: 'tilbud.eml' });
    await result.getByText('Journaled:').waitFor();
    await result.getByRole('link', { name: SUBJECT }).waitFor();

    const item = page.locator('.timeline__item').filter({ hasText: SUBJECT });
    await item.getByRole('img', { name: 'Received' }).waitFor();
    // The .eml and the PDF are the activity's documents: the paperclip counts both.
    await item.getByRole('button', { name: `Documents of ${SUBJECT} (2)` }).waitFor();
  });

  it('opens the mail: headers, the message without remote images until asked, and the attachment downloads', async () => {
    await page.locator('.timeline__item').getByRole('link', { name: SUBJECT }).click();
    const mail = page.getByRole('region', { name: 'The mail' });
    await mail.getByText('Ole Bæk <ole@baek-ventilation.test>').waitFor();
    await mail.getByText('Received').waitFor();
    const frame = page.frameLocator('iframe[title^="The mail"]');
    await frame.getByText('Tak for et godt møde i går.').waitFor();
    expect(await frame.locator('img').first().getAttribute('src')).toBeNull();
    expect(await page.locator('iframe[title^="The mail"]').getAttribute('sandbox')).not.toContain('allow-scripts');

    const [download] = await Promise.all([page.waitForEvent('download'), mail.getByRole('link', { name: `Download ${ATTACHMENT}` }).click()]);
    expect(download.suggestedFilename()).toBe(ATTACHMENT);
    expect(await readFile(await download.path(), 'utf8')).toBe(PDF);

    // For the README: the message view on a laptop.
    await mail.scrollIntoViewIfNeeded();
    const file = path.join(ROOT, 'docs/mail-message.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await mail.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);

    expect(remoteRequests).toEqual([]);
    await mail.getByRole('button', { name: 'Show images' }).click();
    await expect.poll(() => frame.locator('img').first().getAttribute('src')).toBe(REMOTE_IMAGE);
    await expect.poll(() => remoteRequests.length).toBeGreaterThan(0);
  });

  it('fits a 390 px phone: the message and the Mail page scroll only up and down', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.getByRole('region', { name: 'The mail' }).getByText('Ole Bæk <ole@baek-ventilation.test>').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${server.url}/mail`);
    await page.getByRole('button', { name: 'Journal a mail…' }).waitFor();
    await page.getByText('No mail is waiting.').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
