// End-to-end harness: serves dist/ on 127.0.0.1, launches Debian's Chromium through
// playwright-core, and wraps a page in an `App` object whose helpers find things the way a
// person (or a screen reader) does: by role and accessible name.
//
// Typical spec (run with `node --test tests/e2e/*.spec.mjs`, or `make e2e`):
//
//   import { test, before, after } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { startSuite } from './lib.mjs';
//
//   const suite = startSuite();          // one server + one browser for the whole file
//   test('shows figures', async () => {
//     const app = await suite.open();     // fresh context (empty storage) and page
//     await app.typeArticle('Police arrested 12 suspects.');
//     assert.ok((await app.figureRows()).length >= 1);
//     await app.close();                  // also fails on console errors / page errors
//   });

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serveDir } from './server.mjs';

export { serveDir };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.TALLY_DIST ? path.resolve(process.env.TALLY_DIST) : path.join(ROOT, 'dist');
/** Screenshots and other artefacts of a run (ignored by git). */
export const OUT = path.join(ROOT, 'tests', 'e2e', 'out');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** Chromium flags: headless as root in a closed network, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches headless Chromium (Debian's, never a downloaded one). Playwright gives every launch a
 * fresh, empty --user-data-dir of its own and removes it on close.
 */
export async function launchBrowser(extra = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: \`make tools\` installs Debian's chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...extra,
  });
}

/** A fresh profile directory, for tests that need `launchPersistentContext`. */
export function freshUserDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tally-chromium-'));
}

/** The app in one page, with helpers by accessible role and label. */
export class App {
  constructor(page, context, { ownsContext = true } = {}) {
    this.page = page;
    this.context = context;
    this.ownsContext = ownsContext;
    /** Console errors and uncaught exceptions seen in the page. */
    this.errors = [];
    /** Every URL the page requested. */
    this.requests = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.errors.push(`pageerror: ${err.message}`));
    page.on('request', (req) => this.requests.push(req.url()));
  }

  /** Loads `url` and waits until the wasm app has mounted (the article textarea is visible). */
  async goto(url) {
    await this.page.goto(url);
    await this.waitForMount();
    return this;
  }

  async waitForMount(timeout = 15000) {
    try {
      await this.articleText().waitFor({ state: 'visible', timeout });
    } catch (e) {
      const errors = this.errors.length ? `\npage errors:\n  ${this.errors.join('\n  ')}` : '';
      throw new Error(`the app did not mount within ${timeout} ms${errors}\n${e.message}`);
    }
  }

  // Finding things, the accessible way.
  role(role, name, opts = {}) {
    return this.page.getByRole(role, name === undefined ? opts : { name, exact: true, ...opts });
  }
  label(text, opts = {}) {
    return this.page.getByLabel(text, { exact: true, ...opts });
  }
  button(name) {
    return this.role('button', name);
  }
  table(name) {
    return this.role('table', name);
  }
  text(text, opts = {}) {
    return this.page.getByText(text, opts);
  }

  /** The textarea labelled "Article text". */
  articleText() {
    return this.label('Article text');
  }
  /** The table named "Figures". */
  figuresTable() {
    return this.table('Figures');
  }

  /** Replaces the article text (as a paste would) and lets the app react. */
  async typeArticle(text) {
    await this.articleText().fill(text);
    await this.settle();
  }
  /** Types key by key, as a person would (slower; for live-update tests). */
  async typeSlowly(text, delay = 0) {
    await this.articleText().pressSequentially(text, { delay });
    await this.settle();
  }

  /** Waits for two animation frames: the app's reactive updates have been drawn. */
  async settle() {
    await this.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    );
  }

  /** Header cells of a table, as text. */
  async tableHeaders(name) {
    return (await this.table(name).getByRole('columnheader').allInnerTexts()).map((s) => s.trim());
  }
  /** Body rows of a table (rows with cells, not the header), each an array of cell texts. */
  async tableRows(name) {
    const rows = this.table(name).locator('tbody').getByRole('row');
    const out = [];
    for (const row of await rows.all()) {
      out.push((await row.getByRole('cell').allInnerTexts()).map((s) => s.trim()));
    }
    return out;
  }
  /** Body rows of "Figures" as objects keyed by column header ("Kind", "Who", ...). */
  async figureRows() {
    const headers = await this.tableHeaders('Figures');
    return (await this.tableRows('Figures')).map((cells) =>
      Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])),
    );
  }
  /** Waits until "Figures" has at least `n` body rows; returns them. */
  async waitForFigures(n = 1, timeout = 10000) {
    await this.figuresTable().locator('tbody').getByRole('row').nth(n - 1).waitFor({ timeout });
    return this.figureRows();
  }

  /** Saves a screenshot to tests/e2e/out/<name>.png and returns its path. */
  async screenshot(name, opts = {}) {
    fs.mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true, ...opts });
    return file;
  }

  /** Throws if the page logged an error or threw. */
  assertNoErrors() {
    if (this.errors.length) throw new Error(`errors in the page:\n  ${this.errors.join('\n  ')}`);
  }

  /** Closes the page (and its context if it owns it), failing on page errors. */
  async close({ allowErrors = false } = {}) {
    if (this.ownsContext) await this.context.close();
    else await this.page.close();
    if (!allowErrors) this.assertNoErrors();
  }
}

/**
 * One static server and one browser for a whole spec file, started in `before` and stopped in
 * `after`. `suite.open(opts)` opens the app in a fresh browser context (empty storage).
 * `opts`: `path` (appended to the URL, e.g. '#share=...'), `context` (Playwright context options,
 * e.g. `{ viewport: { width: 390, height: 844 }, colorScheme: 'dark' }`), `mount` (false to skip
 * waiting for the app to mount).
 */
export function startSuite({ dist = DIST } = {}) {
  const suite = {
    server: null,
    browser: null,
    get url() {
      return suite.server.url;
    },
    async open({ path: p = '', context = {}, mount = true } = {}) {
      const ctx = await suite.browser.newContext(context);
      const page = await ctx.newPage();
      const app = new App(page, ctx);
      await page.goto(suite.server.url + p);
      if (mount) await app.waitForMount();
      return app;
    },
  };
  before(async () => {
    suite.server = await serveDir(dist);
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/**
 * Pastes `text` into the article as a person does (select all, then paste) and waits until its
 * figures show; returns the times, the longest task (PerformanceObserver 'longtask') and the
 * app's own reading time (`data-read-ms` on the body, set when a big text has been read in
 * chunks), and whether the progress bar showed meanwhile (`sawProgress`).
 *
 * The paste is a real `paste` event carrying a DataTransfer (made in an earlier task, not
 * measured), dispatched on the textarea. A page that does not take the paste (the event is not
 * default-prevented) gets the text inserted as the browser would: over the selection, then an
 * `input` event.
 */
export async function pasteAndWait(page, text) {
  return page.evaluate(async (text) => {
    const ta = document.getElementById('article');
    ta.focus();
    ta.select();
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    await new Promise((r) => setTimeout(r, 50));
    const long = [];
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) long.push(e.duration);
    });
    obs.observe({ type: 'longtask' });
    // Long animation frames: tasks and the rendering after them (the longtask API leaves out
    // style and layout, where a huge block of text costs its time).
    const frames = [];
    const frameObs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) frames.push(e.duration);
    });
    frameObs.observe({ type: 'long-animation-frame' });
    document.body.removeAttribute('data-read-ms');
    const start = text.slice(0, 40);
    const t0 = performance.now();
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    if (ta.dispatchEvent(ev)) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
    const pasted = performance.now();
    let sawProgress = false;
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      if (document.querySelector('.progress')) sawProgress = true;
      const rows = document.querySelectorAll('table.figures tbody tr:not(.empty)').length;
      const marked = document.querySelector('.marked');
      const shown = marked && marked.textContent.startsWith(start) && marked.querySelector('mark');
      if (!document.querySelector('.progress') && rows > 0 && shown) break;
      if (performance.now() - t0 > 180000) break;
    }
    const done = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    // Entries not yet delivered to the callbacks count too.
    for (const e of obs.takeRecords()) long.push(e.duration);
    for (const e of frameObs.takeRecords()) frames.push(e.duration);
    obs.disconnect();
    frameObs.disconnect();
    const readMs = Number(document.body.getAttribute('data-read-ms') || NaN);
    return {
      bytes: new TextEncoder().encode(text).length,
      pasteMs: pasted - t0,
      sawProgress,
      figuresMs: done - t0,
      readMs,
      longest: Math.max(0, ...long),
      longTasks: long.length,
      longestFrame: Math.max(0, ...frames),
      phases: document.body.getAttribute('data-phase-ms') || '',
    };
  }, text);
}
