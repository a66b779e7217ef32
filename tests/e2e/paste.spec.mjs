// Pasting into the article box, with the real clipboard and Ctrl+V (trusted paste events): a big
// text is taken in by the app (never inserted into the box by the browser) and nothing of it is
// lost; a small paste stays the browser's own, with its caret and undo.
//
//   node --test --test-concurrency=1 --test-reporter=spec tests/e2e/paste.spec.mjs   (after make dist)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite } from './lib.mjs';

const suite = startSuite();

/** Opens the app with clipboard access, the article box emptied. */
async function openEmpty() {
  const app = await suite.open({ context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await app.articleText().fill('');
  await app.settle();
  return app;
}

/**
 * Makes a big text in the page (kept as `window.bigText`, with `window.bigFigures` paragraphs of
 * one figure each), puts it on the clipboard, and returns its length in UTF-16 units. Paragraphs
 * are separated by CR LF; `tricky` also puts an emoji (a surrogate pair) across the end of the
 * first slice the app copies the text in, and a CR LF across the end of the second.
 */
async function copyBigText(app, units, { tricky = false } = {}) {
  return app.page.evaluate(
    async ({ units, tricky }) => {
      const paragraph = (i) => `Report ${i}: troops killed ${(i % 97) + 3} militants in the hills, officials said.`;
      let text = '';
      let i = 0;
      const fillTo = (n) => {
        const parts = [];
        let len = text.length;
        while (len < n - 200) {
          const p = paragraph(++i) + '\r\n\r\n';
          parts.push(p);
          len += p.length;
        }
        text += parts.join('');
        text += ' '.repeat(n - text.length);
      };
      if (tricky) {
        // The app copies 2^18 units at a time, a slice ending one unit early rather than
        // inside a pair or a CR LF: the first ends before the emoji, the second before the CR.
        fillTo(2 ** 18 - 1);
        text += '\u{1F642}\r\n\r\n';
        fillTo(2 ** 19 - 2);
        text += '\r\n\r\n';
      }
      fillTo(units);
      text += paragraph(++i);
      window.bigText = text;
      window.bigFigures = i;
      await navigator.clipboard.writeText(text);
      return text.length;
    },
    { units, tricky },
  );
}

/** Pastes the clipboard into the article box at its current selection, as a person does. */
async function pasteWithKeys(app) {
  await app.articleText().focus();
  await app.page.keyboard.press('Control+V');
}

/** Waits until the reading is over and the heading counts `n` figures. */
async function waitForCount(app, n) {
  await app.page.waitForFunction(
    (n) => !document.querySelector('.progress') && document.querySelector('#marked-heading .count')?.textContent === `${n} figures`,
    n,
    { timeout: 60000 },
  );
}

/**
 * Shows the whole text in the box and says whether it is exactly `prefix`, the big text as a
 * text box keeps it (CR LF as LF), then `suffix` (compared in the page: megabytes).
 */
async function wholeTextIs(app, prefix = '', suffix = '') {
  await app.button('Edit the whole text').click();
  await app.page.waitForFunction(() => !document.getElementById('article').readOnly);
  return app.page.evaluate(
    ([prefix, suffix]) => {
      const value = document.getElementById('article').value;
      const want = prefix + window.bigText.replace(/\r\n/g, '\n') + suffix;
      return { same: value === want, length: value.length, want: want.length };
    },
    [prefix, suffix],
  );
}

test('a big paste into the empty box: every figure, the whole text kept, through a reload', async () => {
  const app = await openEmpty();
  const units = await copyBigText(app, 2_300_000, { tricky: true });
  const n = await app.page.evaluate(() => window.bigFigures);
  await pasteWithKeys(app);
  // The progress bar shows at once, before the text is even in.
  await app.page.locator('.progress').waitFor({ timeout: 2000 });
  await waitForCount(app, n);
  // The box shows the start of the text, read-only, and says how big it is.
  const box = app.articleText();
  assert.ok((await box.inputValue()).startsWith('Report 1: troops killed 4 militants'));
  assert.equal(await box.getAttribute('readonly'), '');
  assert.match(await app.page.locator('.big-text-note').innerText(), /2\.\d MB/);
  // All of it is there, line breaks as a text box keeps them (CR LF as LF), the emoji whole.
  const whole = await wholeTextIs(app);
  assert.ok(whole.same, `the whole text: ${whole.length} units, want ${whole.want} (pasted ${units})`);
  // Saved, and read again after a reload.
  await app.page.waitForFunction(() => (localStorage.getItem('tally.workspace') || '').startsWith('z1.'));
  await app.page.waitForTimeout(1000);
  await app.page.reload();
  await app.waitForMount();
  await waitForCount(app, n);
  await app.close();
});

test('a big paste over a selection inside a short text replaces just the selection', async () => {
  const app = await openEmpty();
  const middle = 'Nothing else was reported that day.';
  const before = `Police arrested 12 suspects in the city.\n\n${middle}\n\nRebels kidnapped 5 aid workers near the border.`;
  await app.typeArticle(before);
  await app.waitForFigures(2);
  await copyBigText(app, 300_000);
  const n = await app.page.evaluate(() => window.bigFigures);
  // Select the middle paragraph and paste over it.
  const start = before.indexOf(middle);
  const end = start + middle.length;
  await app.page.evaluate(([a, b]) => document.getElementById('article').setSelectionRange(a, b), [start, end]);
  await pasteWithKeys(app);
  await waitForCount(app, n + 2);
  const whole = await wholeTextIs(app, before.slice(0, start), before.slice(end));
  assert.ok(whole.same, `the whole text: ${whole.length} units, want ${whole.want}`);
  await app.close();
});

test("a small paste is the browser's own: spliced at the caret, caret after it, undone by Ctrl+Z", async () => {
  const app = await openEmpty();
  const before = 'Police arrested 12 suspects. Troops killed 7 militants.';
  await app.typeArticle(before);
  await app.waitForFigures(2);
  const pasted = ' Rebels kidnapped 4 aid workers.';
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
  const at = before.indexOf(' Troops');
  await app.page.evaluate((at) => document.getElementById('article').setSelectionRange(at, at), at);
  await pasteWithKeys(app);
  await app.settle();
  const box = app.articleText();
  assert.equal(await box.inputValue(), before.slice(0, at) + pasted + before.slice(at));
  assert.equal(await box.evaluate((el) => el.selectionStart), at + pasted.length);
  const rows = await app.waitForFigures(3);
  assert.ok(rows.some((r) => r.Kind === 'kidnapped' && r.Number.includes('4')), JSON.stringify(rows));
  await app.page.keyboard.press('Control+Z');
  await app.settle();
  assert.equal(await box.inputValue(), before);
  await app.page.waitForFunction(() => document.querySelector('#marked-heading .count')?.textContent === '2 figures');
  await app.close();
});
