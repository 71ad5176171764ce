import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

const NAME = 'Tilbud æøå.txt';
const TEXT = 'Pris: 12.500 kr. — שלום';

/**
 * Documents end to end (issue 16, point 5): a file dropped on an activity's page (a real drop
 * event carrying a DataTransfer) is uploaded and listed, and the to-do row's paperclip downloads
 * it with its name and bytes in one click.
 */
describe('documents on an activity', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let activityId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 850 }));
    await signIn(page, server.url, ADMIN);
    const api = apiOf(page.request, server.url);
    const types = await api.get<{ items: { id: string; key: string }[] }>('/activity-types');
    const typeId = types.items.find((type) => type.key === 'call')?.id;
    activityId = (await api.post<{ id: string }>('/activities', { typeId, subject: 'Send the offer', scheduledAt: new Date().toISOString() })).id;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('a file dropped on the activity page is uploaded and listed', async () => {
    await page.goto(`${server.url}/activities/${activityId}`);
    const section = page.getByRole('region', { name: 'Documents' });
    await section.getByText('No documents yet.').waitFor();
    await section.getByTestId('upload-area').waitFor();
    await page.evaluate(
      ({ name, text }) => {
        const area = document.querySelector('[data-testid="upload-area"]') as HTMLElement;
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'text/plain' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          area.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      { name: NAME, text: TEXT },
    );
    await section.getByRole('link', { name: NAME }).waitFor();
    await section.getByText('1 file uploaded.').waitFor();
  });

  it('the to-do row opens the documents in one click and downloads the file with its name and bytes', async () => {
    await page.goto(`${server.url}/todo`);
    const paperclip = page.getByRole('button', { name: 'Documents of Send the offer (1)' });
    await paperclip.click();
    const link = page.getByRole('link', { name: NAME });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(NAME);
    expect(await readFile(await download.path(), 'utf8')).toBe(TEXT);
    // Escape closes the list and gives the focus back to the paperclip.
    await link.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => paperclip.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('on a phone the to-do card has the same paperclip', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/todo`);
    await page.getByRole('button', { name: 'Documents of Send the offer (1)' }).click();
    await page.getByRole('link', { name: NAME }).waitFor();
  });
});
