// Share links in real Chromium against the release build: a link opens the same work in a fresh
// browser; opening one over unsaved work asks first; 200 damaged links each get the message and
// change nothing; long links get the note and the JSON download; a refused clipboard selects the
// field instead.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { startSuite } from './lib.mjs';

const suite = startSuite();

// Our own round-up, written for these tests.
const ARTICLE = [
  'Officials said on Sunday that security forces conducted 240 operations in the province in 2024,',
  'killing 75 militants and arresting 130 suspects. At least 9 soldiers were killed and 21 injured.',
  'Gunmen abducted 14 workers from a quarry; police said 11 of them were later rescued.',
].join('\n');

const OTHER = 'Police arrested 6 suspects after a raid on Tuesday, officials said.';

/** The textarea "Article text" (by role: a section is also named after its heading). */
const textbox = (app) => app.role('textbox', 'Article text');

/** Opens the app in a fresh context; `hash` (without '#') is put in the URL. */
async function open(hash = '', context = {}) {
  const app = await suite.open({ path: hash ? `#${hash}` : '', context, mount: false });
  await textbox(app).waitFor({ timeout: 15000 });
  await app.settle();
  return app;
}

async function typeArticle(app, text) {
  await textbox(app).fill(text);
  await app.settle();
}

/** Everything a user sees of the work: the text and the rows of "Figures". */
async function work(app) {
  return { text: await textbox(app).inputValue(), rows: await app.tableRows('Figures') };
}

/** Clicks "Copy share link" and returns the link the "Share link" field shows. */
async function copyLink(app) {
  await app.button('Copy share link').click();
  const field = app.label('Share link');
  await field.waitFor();
  await app.page.waitForFunction(() => {
    const value = document.getElementById('share-link')?.value ?? '';
    return location.hash.startsWith('#t1.') && value.endsWith(location.hash);
  });
  return field.inputValue();
}

/** The message under the toolbar (role alert), or '' if none shows within `timeout`. */
async function alertText(app, timeout = 5000) {
  const alert = app.page.locator('.notice[role=alert]');
  try {
    await alert.waitFor({ timeout });
  } catch {
    return '';
  }
  return alert.innerText();
}

async function dismissAlert(app) {
  const alert = app.page.locator('.notice[role=alert]');
  if (await alert.count()) await alert.getByRole('button', { name: 'Dismiss' }).click();
  await alert.waitFor({ state: 'detached' });
}

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function rng(seed) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A damaged copy of the fragment `frag` ("t1.…"): flipped, cut, inserted, deleted, relabelled. */
function mutate(frag, next) {
  const at = (lo) => lo + next(frag.length - lo);
  switch (next(6)) {
    case 0: {
      const i = at(3);
      let c;
      do c = B64URL[next(64)]; while (c === frag[i]);
      return frag.slice(0, i) + c + frag.slice(i + 1);
    }
    case 1:
      return frag.slice(0, at(4));
    case 2: {
      const i = at(3);
      return frag.slice(0, i) + B64URL[next(64)] + frag.slice(i);
    }
    case 3: {
      const i = at(3);
      return frag.slice(0, i) + frag.slice(i + 1);
    }
    case 4:
      return `t${2 + next(8)}.` + frag.slice(3); // another version
    default:
      return `x${frag.slice(1)}`; // not a Tally link at all
  }
}

test('a share link opens the same work, corrections included, in a fresh browser', async () => {
  const a = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await typeArticle(a, ARTICLE);
  await a.waitForFigures(4);
  // A correction travels with the link: dismiss the first figure.
  const before = (await a.tableRows('Figures')).length;
  await a.table('Figures').getByRole('button', { name: 'Dismiss' }).first().click();
  await a.settle();
  assert.equal((await a.tableRows('Figures')).length, before - 1);
  const theirs = await work(a);

  const link = await copyLink(a);
  assert.ok(link.startsWith(suite.url + '#t1.'), link);
  assert.equal(new URL(a.page.url()).hash, new URL(link).hash, 'the link is in the address bar');
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(await a.page.locator('.share-status').innerText(), /copied/i);
  assert.match(await a.page.locator('#share-link-length').innerText(), new RegExp(`^${link.length.toLocaleString('en')} characters$`));
  console.log(`# share link for the test article: ${link.length} characters`);

  const b = await open(new URL(link).hash.slice(1));
  assert.deepEqual(await work(b), theirs, 'the same text and the same figures');
  assert.match(await alertText(b), /Opened the shared work: 1 article/);
  await a.close();
  await b.close();
});

test('the example article, shared, gives the same figures', async () => {
  const a = await open();
  await a.button('Load example').click();
  await a.waitForFigures(3);
  const link = await copyLink(a);
  console.log(`# share link for the example article: ${link.length} characters (${link.length - suite.url.length} in the fragment)`);
  const b = await open(new URL(link).hash.slice(1));
  assert.deepEqual(await work(b), await work(a));
  await a.close();
  await b.close();
});

test('opening a link over unsaved work asks first, in the page', async () => {
  const a = await open();
  await typeArticle(a, ARTICLE);
  const link = await copyLink(a);
  const shared = await work(a);
  await a.close();

  const b = await open();
  let dialogs = 0;
  b.page.on('dialog', (d) => {
    dialogs++;
    d.dismiss();
  });
  await typeArticle(b, OTHER);
  const mine = await work(b);
  const confirm = b.role('alertdialog', 'Open the shared work?');

  // Keep: nothing changes, and the link leaves the address bar.
  await b.page.goto(link);
  await confirm.waitFor();
  assert.match(await confirm.innerText(), /This link holds 1 article/);
  await b.button('Keep my work').click();
  await confirm.waitFor({ state: 'hidden' });
  assert.deepEqual(await work(b), mine);
  assert.equal(new URL(b.page.url()).hash, '');

  // Escape also keeps.
  await b.page.goto(link);
  await confirm.waitFor();
  await b.page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'hidden' });
  assert.deepEqual(await work(b), mine);

  // On a full load too; this time, replace.
  await b.page.goto('about:blank');
  await b.page.goto(link);
  await confirm.waitFor();
  await b.button('Replace my work').click();
  await confirm.waitFor({ state: 'hidden' });
  await b.settle();
  assert.deepEqual(await work(b), shared);

  // The replaced work is what the browser keeps: a reload shows it, and asks nothing.
  await b.page.reload();
  await textbox(b).waitFor();
  await b.settle();
  assert.deepEqual(await work(b), shared);
  assert.equal(await confirm.isVisible(), false);
  assert.equal(dialogs, 0, 'no window.confirm/alert');
  await b.close();
});

test('200 damaged links each get the message, and the work stays as it was', async () => {
  const a = await open();
  await typeArticle(a, ARTICLE);
  const frag = new URL(await copyLink(a)).hash.slice(1);
  await a.close();

  const b = await open();
  await typeArticle(b, OTHER);
  await b.settle();
  const mine = await work(b);
  const stored = () => b.page.evaluate(() => JSON.stringify({ ...localStorage }));
  const storage = await stored();
  const next = rng(20261125);
  const failures = [];
  for (let i = 0; i < 200; i++) {
    const bad = mutate(frag, next);
    if (await b.page.locator('.notice[role=alert]').count()) await dismissAlert(b);
    // Every tenth on a full load, the rest as a link followed in the open page.
    if (i % 10 === 0) await b.page.goto('about:blank');
    else await b.page.evaluate(() => history.replaceState(null, '', location.pathname));
    await b.page.goto(`${suite.url}#${bad}`);
    if (i % 10 === 0) await textbox(b).waitFor();
    const message = await alertText(b);
    if (!/Your work is unchanged\./.test(message)) failures.push(`#${i} ${bad.slice(0, 40)}…: ${JSON.stringify(message)}`);
    if (await b.role('alertdialog', 'Open the shared work?').isVisible()) failures.push(`#${i}: asked to replace`);
  }
  assert.deepEqual(failures, []);
  await b.settle();
  assert.deepEqual(await work(b), mine);
  assert.equal(await stored(), storage, 'localStorage untouched');
  await b.close();
});

test('a link over 8 KB gets the note and the JSON download', async () => {
  // Text that compresses poorly: pseudo-random words, and one figure.
  const next = rng(7);
  const words = Array.from({ length: 2600 }, () =>
    Array.from({ length: 2 + next(6) }, () => 'abcdefghijklmnopqrstuvwxyz'[next(26)]).join(''),
  );
  const long = `Police arrested 12 suspects. ${words.join(' ')}`;
  const a = await open();
  await typeArticle(a, long);
  const link = await copyLink(a);
  assert.ok(link.length > 8192, `link of ${link.length}`);
  const note = a.page.locator('.share-long');
  assert.match(await note.innerText(), /some messengers and mail programs cut links longer than 8 KB/);
  const [download] = await Promise.all([a.page.waitForEvent('download'), note.getByRole('button', { name: 'Download JSON' }).click()]);
  assert.equal(download.suggestedFilename(), 'tally-collection.json');
  const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(json.format, 'tally-collection', 'the file "Import JSON" reads');
  assert.equal(json.articles[0].text, long);

  // A short link has no note.
  await typeArticle(a, OTHER);
  await copyLink(a);
  assert.equal(await note.count(), 0);
  await a.close();
});

test('when the clipboard is refused, the link is selected for copying by hand', async () => {
  const app = await open();
  await app.page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await typeArticle(app, OTHER);
  const link = await copyLink(app);
  await app.page.waitForFunction(() => document.activeElement?.id === 'share-link');
  const selected = await app.page.evaluate(() => {
    const f = document.getElementById('share-link');
    return f.value.slice(f.selectionStart, f.selectionEnd);
  });
  assert.equal(selected, link);
  assert.match(await app.page.locator('.share-status').innerText(), /did not let Tally copy/);
  await app.close();
});

test('a link goes stale when the work changes, and leaves the address bar', async () => {
  const app = await open();
  await typeArticle(app, OTHER);
  await copyLink(app);
  assert.match(app.page.url(), /#t1\./);
  await typeArticle(app, OTHER + ' Two more were held.');
  await app.page.locator('.share-stale').waitFor();
  assert.equal(new URL(app.page.url()).hash, '', 'a reload will not offer the old work');
  await app.close();
});

test('a link that would unpack to more than 20 MB is refused quickly, the work unchanged', async () => {
  const bomb = zlib.deflateSync(Buffer.alloc(21 * 1024 * 1024, 32), { level: 9 }).toString('base64url');
  const app = await open();
  await typeArticle(app, OTHER);
  const mine = await work(app);
  const started = Date.now();
  await app.page.goto(`${suite.url}#t1.${bomb}`);
  assert.match(await alertText(app), /unpacks to more than 20 MB.*Your work is unchanged\./);
  console.log(`# a ${bomb.length}-character bomb link refused in ${Date.now() - started} ms`);
  assert.deepEqual(await work(app), mine);
  await app.close();
});
