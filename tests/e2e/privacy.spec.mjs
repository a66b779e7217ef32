// Privacy, enforced, in real Chromium: every request of a full session is recorded (none but the
// page itself over http, none at all from file://); the page's policy refuses connections the
// page might try; an article full of script and HTML payloads renders as text and runs nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, DIST, startSuite } from './lib.mjs';

const suite = startSuite();

// Our own round-up, written for these tests.
const ARTICLE = [
  'Officials said 310 operations were carried out across the region in 2024, about 26 a month,',
  'in which 96 militants were killed and 150 suspects arrested. At least 12 soldiers and',
  '8 civilians were killed, and dozens were injured. Of the arrested, 40 were released.',
].join('\n');

// Script and HTML payloads in an article, with a figure among them.
const PAYLOADS = [
  'Police arrested 12 suspects. <script>window.__pwned = "script"; alert("script")</script>',
  '<img src=x onerror="window.__pwned=\'img\'; alert(\'img\')">',
  '<a href="javascript:window.__pwned=\'link\'">read more</a>',
  '<svg onload="window.__pwned=\'svg\'"></svg> <iframe src="javascript:alert(1)"></iframe>',
  '"><script>window.__pwned="quote"</script> {{constructor.constructor("window.__pwned=1")()}}',
  '<style>body { display: none }</style> <b onmouseover="window.__pwned=\'b\'">bold</b>',
].join('\n');

const textbox = (app) => app.role('textbox', 'Article text');

/** A fresh context that records every request it makes, with the app open at `url`. */
async function session(url, context = {}) {
  const ctx = await suite.browser.newContext(context);
  const requests = [];
  ctx.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  const page = await ctx.newPage();
  const app = new App(page, ctx);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.goto(url);
  await textbox(app).waitFor({ timeout: 15000 });
  return { app, ctx, page, requests, dialogs };
}

/** A whole session: every feature a person uses, then a reload. */
async function fullSession({ app, page }) {
  await app.button('Load example').click();
  await app.waitForFigures(3);
  await textbox(app).fill(ARTICLE);
  await app.settle();
  await app.waitForFigures(4);
  await app.table('Figures').getByRole('button', { name: 'Dismiss' }).first().click();
  const themes = app.page.getByRole('button').filter({ hasText: /theme|dark|light/i });
  if (await themes.count()) await themes.first().click();
  await app.button('Copy share link').click();
  await page.waitForFunction(() => location.hash.startsWith('#t1.'));
  const link = page.url();
  if (await app.button('Download offline copy').isEnabled()) {
    const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download offline copy').click()]);
    await download.path();
  }
  // The link in a new tab of the same browser, then a reload of the first.
  const other = await page.context().newPage();
  await other.goto(link);
  await other.getByRole('textbox', { name: 'Article text', exact: true }).waitFor();
  await other.close();
  await page.reload();
  await textbox(app).waitFor();
  await app.settle();
  assert.equal(await textbox(app).inputValue(), ARTICLE);
}

test('a full session over http requests nothing but the page itself', async () => {
  const before = suite.server.requests.length;
  const s = await session(suite.url);
  await fullSession(s);
  const page = suite.url; // requests never carry the fragment
  const others = s.requests.filter((r) => r !== `GET ${page}` && !r.startsWith('GET data:') && !r.startsWith('GET blob:'));
  assert.deepEqual(others, [], 'requests other than the page');
  assert.ok(s.requests.length >= 3, `the page loads were recorded: ${s.requests.length}`);
  assert.deepEqual([...new Set(suite.server.requests.slice(before))], ['GET /'], 'what the server saw');
  assert.deepEqual(s.dialogs, []);
  await s.app.close();
});

test('from file:// with the network off, a full session requests nothing at all', async () => {
  const file = pathToFileURL(path.join(DIST, 'index.html')).href;
  const s = await session(file, { offline: true });
  await fullSession(s);
  const others = s.requests.filter((r) => r !== `GET ${file}` && !r.startsWith('GET data:') && !r.startsWith('GET blob:'));
  assert.deepEqual(others, []);
  await s.app.close();
});

test('the policy refuses connections the page might try', async () => {
  const s = await session(suite.url);
  const before = suite.server.requests.length;
  const outcome = await s.page.evaluate(async (origin) => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const tries = {
      fetch: fetch(`${origin}leak?fetch`).then(() => 'sent', () => 'refused'),
      beacon: Promise.resolve().then(() => (navigator.sendBeacon(`${origin}leak?beacon`, 'x') ? 'queued' : 'refused')).catch(() => 'refused'),
      websocket: new Promise((resolve) => {
        try {
          const ws = new WebSocket(`ws://${new URL(origin).host}/leak`);
          ws.onopen = () => resolve('sent');
          ws.onerror = () => resolve('refused');
        } catch {
          resolve('refused');
        }
      }),
      image: new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve('sent');
        img.onerror = () => resolve('refused');
        img.src = `${origin}leak.png`;
      }),
      script: new Promise((resolve) => {
        const el = document.createElement('script');
        el.onload = () => resolve('sent');
        el.onerror = () => resolve('refused');
        el.src = `${origin}leak.js`;
        document.head.append(el);
      }),
      style: new Promise((resolve) => {
        const el = document.createElement('link');
        el.rel = 'stylesheet';
        el.onload = () => resolve('sent');
        el.onerror = () => resolve('refused');
        el.href = `${origin}leak.css`;
        document.head.append(el);
      }),
    };
    const results = {};
    for (const [k, p] of Object.entries(tries)) results[k] = await p;
    await new Promise((r) => setTimeout(r, 200));
    return { results, violations: [...new Set(violations)].sort() };
  }, suite.url);
  assert.deepEqual(outcome.results, {
    fetch: 'refused',
    beacon: outcome.results.beacon === 'queued' ? 'queued' : 'refused', // checked by the server log below
    websocket: 'refused',
    image: 'refused',
    script: 'refused',
    style: 'refused',
  });
  for (const d of ['connect-src', 'img-src', 'script-src-elem', 'style-src-elem']) {
    assert.ok(outcome.violations.includes(d), `a ${d} violation in ${outcome.violations}`);
  }
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(suite.server.requests.slice(before), [], 'nothing reached the server');
  await s.app.close({ allowErrors: true }); // the refusals are logged as errors, as they should be
});

/** Checks that nothing of `PAYLOADS` ran or became markup in the page. */
async function assertInert(s) {
  const { page, app } = s;
  await app.settle();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
  assert.deepEqual(s.dialogs, [], 'no dialog opened');
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('#app script, #app img, #app iframe, #app svg[onload], #app [onerror], #app [onmouseover], #app style, #app a[href^="javascript:"]')].map(
      (e) => e.outerHTML.slice(0, 80),
    ),
  );
  assert.deepEqual(injected, [], 'no payload became markup');
  // The payload is there, as text, in the marked-up article and in the table's evidence.
  const shown = await page.locator('#app').innerText();
  assert.ok(shown.includes('<script>window.__pwned = "script"'), 'the payload shows as text');
  assert.ok(shown.includes('<img src=x onerror='), 'the payload shows as text');
  const numbers = (await app.figureRows()).map((r) => r.Number).join(' | ');
  assert.match(numbers, /\b12\b/, 'the figure among the payloads is read');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
}

test('an article of script and HTML payloads renders as text and runs nothing', async () => {
  const s = await session(suite.url);
  await textbox(s.app).fill(PAYLOADS);
  await s.app.waitForFigures(1);
  // Hover and focus every mark, and click the evidence buttons: still nothing runs.
  for (const el of await s.page.locator('#app mark, #app [data-kind]').all()) await el.hover().catch(() => {});
  await assertInert(s);

  // Shared, and opened in a fresh browser: the same.
  await s.app.button('Copy share link').click();
  await s.page.waitForFunction(() => location.hash.startsWith('#t1.'));
  const link = s.page.url();
  await s.app.close();
  const t = await session(link);
  await t.app.waitForFigures(1);
  assert.equal(await textbox(t.app).inputValue(), PAYLOADS);
  await assertInert(t);
  await t.app.close();
});

test('a fragment holding markup gets a message as text and runs nothing', async () => {
  const s = await session(`${suite.url}#<img src=x onerror=alert(1)><script>alert(2)</script>`);
  const alert = s.page.locator('.notice[role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /does not hold Tally work\. Your work is unchanged\./);
  assert.equal(await s.page.locator('#app img, #app script').count(), 0);
  assert.deepEqual(s.dialogs, []);
  await s.app.close();
});
