import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/** Settings → Webhooks: an admin adds a webhook, a new customer is delivered to a receiver on loopback, the log says so. */
describe('webhooks', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const received: { signature: string; body: string }[] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ signature: String(req.headers['x-tend-signature']), body });
      res.end('ok');
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const env = { TEND_SECRET_KEY: 'the e2e secret key, long enough', TEND_WEBHOOKS_ALLOW_PRIVATE: '1' };
    [server, browser] = await Promise.all([startServer({ admin: true, env }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 900 }));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const main = () => page.getByRole('main');
  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('adds a webhook, delivers a new customer signed, and shows the delivery in the log', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await signIn(page, server.url, ADMIN);
    await page.goto(`${server.url}/settings/webhooks`);
    await main().getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await main().getByRole('button', { name: 'Add a webhook' }).click();
    await main()
      .getByLabel(/Address \(URL\)/)
      .fill(url);
    await main().getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await main().locator('.webhook__secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    expect(await fitsWidth()).toBe(true);

    const customer = await apiOf(context.request, server.url).post<{ id: string }>('/customers', { name: 'Webhook Hansen ApS', status: 'lead' });
    await main().getByRole('button', { name: 'Delivery log' }).click();
    const log = main().getByRole('region', { name: `Deliveries to ${url}` });
    await expect
      .poll(
        async () => {
          await log.getByRole('button', { name: 'Refresh' }).click();
          return log.getByText('Delivered').count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    await log.getByText('Answer 200').waitFor();
    expect(received).toHaveLength(1);
    expect(received[0].signature).toBe(`sha256=${createHmac('sha256', secret).update(received[0].body).digest('hex')}`);
    expect(JSON.parse(received[0].body)).toMatchObject({ event: 'customer.created', data: { id: customer.id, name: 'Webhook Hansen ApS' } });

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth()).toBe(true);
  });
});
