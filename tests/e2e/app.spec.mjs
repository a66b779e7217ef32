// The single-article app in real Chromium: paste an article and see its figures in the table,
// marked in the text and drawn in the charts; correct, dismiss and add figures and see the
// charts follow; reload and find the corrections kept; themes, keyboard, a full storage; the
// screenshots in docs/; and the keystroke-to-chart benchmark (printed, not asserted).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startSuite, pasteAndWait, ROOT } from './lib.mjs';

const suite = startSuite();

// Our own round-up, written for these tests.
const ARTICLE = [
  'Police in the eastern district said on Friday that security forces killed 12 militants',
  'in a raid near the border. Two soldiers were injured in the exchange of fire.',
  '',
  'In a separate operation, officers arrested 30 suspects and recovered weapons.',
  'At least 4 civilians were killed when a bomb exploded at a market, officials said.',
].join('\n');

/** How many pixels of a canvas differ from its top-left pixel (the background). */
async function drawnPixels(app, name) {
  return app.page.evaluate((name) => {
    const canvas = [...document.querySelectorAll('canvas')].find(
      (c) => c.getAttribute('aria-label') === name,
    );
    if (!canvas) return -1;
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) n++;
    }
    return n;
  }, name);
}

/** A fingerprint of a canvas's pixels, to see that it was redrawn differently. */
async function canvasHash(app, name) {
  return app.page.evaluate((name) => {
    const canvas = [...document.querySelectorAll('canvas')].find(
      (c) => c.getAttribute('aria-label') === name,
    );
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let h = 2166136261;
    for (let i = 0; i < data.length; i += 7) h = Math.imul(h ^ data[i], 16777619) >>> 0;
    return h;
  }, name);
}

/** The rows of a chart's text alternative, "Casualties (data)", as arrays of cell texts. */
async function chartData(app, name) {
  const table = app.table(`${name} (data)`);
  const rows = await table.locator('tbody tr').all();
  const out = [];
  for (const row of rows) out.push((await row.locator('th, td').allTextContents()).map((s) => s.trim()));
  return out;
}

function row(rows, kind, number) {
  return rows.find((r) => r.Kind.includes(kind) && r.Number === number);
}

test('a first visit shows the example article with its figures, marks and charts', async () => {
  const app = await suite.open();
  const rows = await app.waitForFigures(8);
  assert.ok(rows.length >= 8, `the example gives many figures: ${rows.length}`);
  const value = await app.articleText().inputValue();
  assert.match(value, /Security forces/);
  const marks = await app.page.locator('.marked mark').count();
  assert.ok(marks >= rows.length, `every figure is marked: ${marks} marks, ${rows.length} rows`);
  for (const name of ['Operations and attacks', 'Casualties', 'Arrests and surrenders']) {
    const canvas = app.role('img', name);
    assert.equal(await canvas.count(), 1, `a canvas named "${name}"`);
    assert.ok((await drawnPixels(app, name)) > 500, `"${name}" has drawn pixels`);
    assert.ok((await chartData(app, name)).length >= 2, `"${name}" has a text alternative`);
  }
  // The canvas backing store follows the device pixel ratio.
  const ratio = await app.page.evaluate(() => {
    const c = document.querySelector('canvas');
    return c.width / c.getBoundingClientRect().width;
  });
  assert.ok(Math.abs(ratio - 1) < 0.02, `backing store at 1x: ${ratio}`);
  await app.close();
});

test('pasting an article fills the table, marks the text and shows readings', async () => {
  const app = await suite.open();
  await app.typeArticle(ARTICLE);
  const rows = await app.figureRows();
  assert.deepEqual(
    Object.keys(rows[0]).slice(0, 8),
    ['Kind', 'Who', 'Number', 'Per', 'Part of', 'When', 'Where', 'Evidence'],
  );
  const killed = row(rows, 'killed', '12');
  assert.ok(killed, `a row for 12 killed: ${JSON.stringify(rows)}`);
  assert.equal(killed.Who, 'militants');
  assert.ok(row(rows, 'arrested', '30'), 'a row for 30 arrested');
  assert.ok(row(rows, 'killed', 'at least 4'), 'the hedge is shown: "at least 4"');

  // Each mark carries its reading, shown on hover.
  const mark = app.page.locator('.marked mark', { hasText: '12' }).first();
  assert.match(await mark.getAttribute('data-reading'), /^killed · militants · 12$/m);
  await mark.hover();
  const tip = await mark.evaluate((el) => getComputedStyle(el, '::after').content);
  assert.match(tip, /killed · militants · 12/);

  // Clicking a mark selects its row.
  await mark.click();
  const selected = app.figuresTable().locator('tbody tr[aria-selected="true"]');
  assert.equal(await selected.count(), 1);
  assert.match(await selected.innerText(), /militants/);

  // Selecting a row (its evidence) brings its mark into view and flashes it.
  const arrested = app.figuresTable().locator('tbody tr', { hasText: 'arrested' }).first();
  await arrested.getByRole('button').first().click();
  const flashing = app.page.locator('.marked mark.flash');
  assert.equal(await flashing.count(), 1);
  assert.match(await flashing.getAttribute('data-reading'), /arrested/);
  await app.close();
});

test('the marked text is text, never HTML', async () => {
  const app = await suite.open();
  await app.typeArticle('<b>Police</b> arrested 7 suspects <img src=x onerror="window.hacked=1">.');
  await app.waitForFigures(1);
  assert.equal(await app.page.locator('.marked b, .marked img').count(), 0);
  assert.match(await app.page.locator('.marked').innerText(), /<b>Police<\/b>/);
  assert.equal(await app.page.evaluate(() => window.hacked), undefined);
  await app.close();
});

test('sorting by a column orders the rows and says so', async () => {
  const app = await suite.open();
  await app.typeArticle(ARTICLE);
  const header = app.figuresTable().getByRole('columnheader', { name: 'Number' });
  assert.equal(await header.getAttribute('aria-sort'), 'none');
  await header.getByRole('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const numbers = async () =>
    (await app.figureRows()).map((r) => Number(r.Number.replace(/[^0-9]/g, '')));
  const up = await numbers();
  assert.deepEqual(up, [...up].sort((a, b) => a - b));
  await header.getByRole('button').click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  const down = await numbers();
  assert.deepEqual(down, [...down].sort((a, b) => b - a));
  await app.close();
});

test('correcting a figure changes its chart, and the correction survives a reload', async () => {
  const app = await suite.open();
  await app.typeArticle(ARTICLE);
  const before = await chartData(app, 'Casualties');
  const hashBefore = await canvasHash(app, 'Casualties');
  const killedBefore = before.find((r) => r[0] === 'killed');

  const tr = app.figuresTable().locator('tbody tr', { hasText: 'killed 12' }).first();
  await tr.getByRole('button', { name: 'Edit' }).click();
  const editing = app.figuresTable().locator('tbody tr.editing');
  await editing.getByLabel('Number').fill('20');
  await editing.getByRole('button', { name: 'Save' }).click();
  await app.settle();

  const rows = await app.figureRows();
  const corrected = row(rows, 'killed', '20');
  assert.ok(corrected, `the corrected row: ${JSON.stringify(rows)}`);
  assert.match(corrected.Kind, /corrected/);
  const badge = app.figuresTable().locator('.badge').first();
  assert.match(await badge.getAttribute('title'), /killed · militants · 12/, 'the original reading');

  const after = await chartData(app, 'Casualties');
  const killedAfter = after.find((r) => r[0] === 'killed');
  assert.equal(
    Number(killedAfter.at(-1).replace(/\D/g, '')) - Number(killedBefore.at(-1).replace(/\D/g, '')),
    8,
    `the killed total rises by 8: ${killedBefore} -> ${killedAfter}`,
  );
  assert.notEqual(await canvasHash(app, 'Casualties'), hashBefore, 'the canvas was redrawn');

  await app.page.reload();
  await app.waitForMount();
  await app.waitForFigures(1);
  assert.equal(await app.articleText().inputValue(), ARTICLE, 'the text is kept');
  const reloaded = row(await app.figureRows(), 'killed', '20');
  assert.ok(reloaded, 'the correction is kept');
  assert.match(reloaded.Kind, /corrected/);
  await app.close();
});

test('a dismissed figure leaves the table and charts, and can be restored', async () => {
  const app = await suite.open();
  await app.typeArticle(ARTICLE);
  const n = (await app.figureRows()).length;
  const tr = app.figuresTable().locator('tbody tr', { hasText: 'arrested 30' }).first();
  await tr.getByRole('button', { name: 'Dismiss' }).click();
  await app.settle();
  assert.equal((await app.figureRows()).length, n - 1);
  const arrested = (await chartData(app, 'Arrests and surrenders')).find((r) => r[0] === 'arrested');
  assert.equal(arrested.at(-1), '0');
  await app.page.getByText('Dismissed (1)').click();
  await app.button('Restore').click();
  await app.settle();
  assert.equal((await app.figureRows()).length, n);
  await app.close();
});

test('selecting words in the text adds a figure of the chosen kind', async () => {
  const app = await suite.open();
  await app.typeArticle('The convoy was attacked near the pass and 3 drivers went missing.');
  const before = (await app.figureRows()).filter((r) => r.Kind.includes('kidnapped')).length;
  // Select "3 drivers went missing" in the highlighted text, as a mouse would.
  await app.page.evaluate(() => {
    const region = document.querySelector('.marked');
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const i = node.data.indexOf('3 drivers went missing');
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + '3 drivers went missing'.length);
        const sel = getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        break;
      }
    }
    region.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  const form = app.role('form', 'Add a figure');
  await form.waitFor();
  await form.getByLabel('Kind').selectOption('kidnapped');
  await form.getByLabel('Who').selectOption('civilians');
  assert.equal(await form.getByLabel('Number').inputValue(), '3');
  await form.getByRole('button', { name: 'Add figure' }).click();
  await app.settle();
  const added = (await app.figureRows()).filter((r) => r.Kind.includes('kidnapped'));
  assert.equal(added.length, before + 1);
  const mine = added.find((r) => r.Kind.includes('added'));
  assert.ok(mine, 'the new figure is marked as added');
  assert.equal(mine.Who, 'civilians');
  assert.equal(mine.Evidence, '3 drivers went missing');
  const kidnapped = (await chartData(app, 'Arrests and surrenders')).find((r) => r[0] === 'kidnapped');
  assert.equal(kidnapped.at(-1), '3');
  await app.close();
});

test('the warnings panel shows a rate that disagrees with its total, and a side unclear', async () => {
  const app = await suite.open();
  await app.typeArticle(
    'In 2023, police carried out 7,300 raids across the province, an average of 25 raids a day, ' +
      'the annual report said. Three people were injured in one of them.',
  );
  const panel = app.role('region', 'Warnings');
  const text = await panel.innerText();
  // 25 a day over 2023 (365 days) is 9,125.
  assert.match(text, /25 operations a day over 2023 is 9,125, not 7,300\./);
  assert.match(text, /Side unclear/);
  await panel.getByRole('button', { name: 'Show' }).first().click();
  assert.equal(await app.figuresTable().locator('tbody tr[aria-selected="true"]').count(), 1);
  await app.close();
});

test('keyboard alone: tab to a mark, read it, select its row', async () => {
  const app = await suite.open();
  await app.typeArticle(ARTICLE);
  await app.page.locator('.marked mark').first().focus();
  const focused = app.page.locator('.marked mark:focus');
  assert.equal(await focused.count(), 1);
  const tip = await focused.evaluate((el) => getComputedStyle(el, '::after').content);
  assert.notEqual(tip, 'none', 'the reading shows on focus');
  await app.page.keyboard.press('Enter');
  assert.equal(await app.figuresTable().locator('tbody tr[aria-selected="true"]').count(), 1);
  // The focus ring is visible.
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none');
  await app.close();
});

test('the theme follows the system and the toggle switches it', async () => {
  const app = await suite.open({ context: { colorScheme: 'dark' } });
  const theme = () => app.page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await theme(), 'dark');
  const toggle = app.button('Dark theme');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  assert.equal(await theme(), 'light');
  const bg = await app.page.evaluate(() => {
    const c = document.querySelector('canvas');
    return [...c.getContext('2d').getImageData(1, 1, 1, 1).data].slice(0, 3);
  });
  assert.deepEqual(bg, [255, 255, 255], 'the charts are redrawn in the light theme');
  await app.page.reload();
  await app.waitForMount();
  assert.equal(await theme(), 'light', 'the choice is kept');
  await app.close();
});

test('a full storage gets a message and nothing on the page is lost', async () => {
  const app = await suite.open();
  await app.page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await app.typeArticle(ARTICLE);
  const alert = app.role('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /storage/i);
  assert.equal(await app.articleText().inputValue(), ARTICLE);
  assert.ok(row(await app.figureRows(), 'killed', '12'));
  await app.close({ allowErrors: true });
});

test('screenshots: light, dark and phone width, saved to docs/', async () => {
  const docs = path.join(ROOT, 'docs');
  fs.mkdirSync(docs, { recursive: true });
  const shots = [
    ['screenshot-light.png', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }],
    ['screenshot-dark.png', { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }],
    ['screenshot-phone.png', { viewport: { width: 390, height: 844 }, colorScheme: 'light', deviceScaleFactor: 2 }],
  ];
  for (const [file, context] of shots) {
    const app = await suite.open({ context });
    await app.waitForFigures(5);
    // Select a figure, as a person reading it would.
    await app.page.locator('.marked mark').nth(1).click();
    await app.page.mouse.move(0, 0);
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await app.settle();
    await app.page.screenshot({ path: path.join(docs, file), fullPage: true });
    // The canvas backing store follows the device pixel ratio (2 on the phone).
    const ratio = await app.page.evaluate(() => {
      const c = document.querySelector('.charts canvas');
      return c.width / c.getBoundingClientRect().width;
    });
    const want = context.deviceScaleFactor ?? 1;
    assert.ok(Math.abs(ratio - want) < 0.02, `${file}: backing store at ${ratio}x, want ${want}x`);
    assert.ok(fs.statSync(path.join(docs, file)).size > 10000, file);
    await app.close();
  }
});

test('the workspace is stored packed, and a big text survives a reload', async () => {
  const app = await suite.open();
  const before = await app.page.evaluate(() => localStorage.getItem('tally.workspace'));
  const line = 'Troops killed 7 militants and arrested 12 suspects near the border, police said.\n\n';
  const text = line.repeat(Math.ceil((1024 * 1024) / line.length));
  await app.page.evaluate((t) => {
    const ta = document.getElementById('article');
    ta.value = t;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  // Saved once typing pauses (a big workspace), packed: far shorter than its text.
  await app.page.waitForFunction((b) => {
    const v = localStorage.getItem('tally.workspace') || '';
    return v !== b && v.startsWith('z1.');
  }, before);
  const stored = await app.page.evaluate(() => localStorage.getItem('tally.workspace').length);
  assert.ok(stored < text.length / 4, `stored ${stored} characters for ${text.length}`);
  await app.page.reload();
  await app.waitForMount();
  await app.page.locator('.big-text-note').waitFor();
  assert.match(await app.page.locator('.big-text-note').innerText(), /1\.0 MB/);
  await app.waitForFigures(1, 30000);
  await app.close();
});

test('a workspace stored unpacked (as before) is still read', async () => {
  const app = await suite.open({ mount: false });
  await app.page.evaluate(() => {
    const ws = { articles: [{ id: 1, text: 'Police arrested 12 suspects in Quetta.' }] };
    localStorage.setItem('tally.workspace', JSON.stringify(ws));
  });
  await app.page.reload();
  await app.waitForMount();
  assert.equal(await app.articleText().inputValue(), 'Police arrested 12 suspects in Quetta.');
  const rows = await app.waitForFigures(1);
  assert.ok(rows.some((r) => r.Number.includes('12')));
  await app.close();
});

test('benchmark: keystroke to redrawn charts on a 5 KB article', async () => {
  const app = await suite.open();
  // A 5 KB round-up: our own sentences, numbers varied so each paragraph holds new figures.
  const paragraphs = [];
  for (let i = 1; paragraphs.join('\n\n').length < 5000; i++) {
    paragraphs.push(
      `On day ${i} of the operation, security forces killed ${i + 3} militants and arrested ` +
        `${2 * i + 1} suspects in the northern district, officials said. At least ${i % 5 + 1} ` +
        `soldiers were injured and ${i % 3 + 1} civilians were wounded in ${i % 4 + 2} attacks on checkposts.`,
    );
  }
  const text = paragraphs.join('\n\n').slice(0, 5120);
  await app.typeArticle(text);
  const result = await app.page.evaluate(async () => {
    const ta = document.getElementById('article');
    const canvases = [...document.querySelectorAll('.charts canvas')];
    const at = ta.value.indexOf('killed 4 militants') + 'killed 4'.length;
    const drawn = () =>
      new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          obs.disconnect();
          resolve(performance.now());
        });
        for (const c of canvases) obs.observe(c, { attributes: true, attributeFilter: ['data-draws'] });
      });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const toChart = [];
    const toFrame = [];
    for (let k = 0; k < 60; k++) {
      // One keystroke: type a digit into the killed figure, then delete it (Backspace).
      const v = ta.value;
      const next = k % 2 === 0 ? v.slice(0, at) + '7' + v.slice(at) : v.slice(0, at) + v.slice(at + 1);
      const done = drawn();
      const t0 = performance.now();
      ta.value = next;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '7' }));
      const t1 = await done;
      const t2 = await frame();
      toChart.push(t1 - t0);
      toFrame.push(t2 - t0);
      await new Promise((r) => setTimeout(r, 5));
    }
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: s[s.length >> 1], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1] };
    };
    return { bytes: ta.value.length, toChart: stats(toChart), toFrame: stats(toFrame) };
  });
  const f = (x) => x.toFixed(1);
  console.log(
    `BENCH keystroke-to-chart (${result.bytes} B article, 60 keystrokes): median ${f(result.toChart.median)} ms, ` +
      `p95 ${f(result.toChart.p95)} ms, max ${f(result.toChart.max)} ms; ` +
      `to next frame: median ${f(result.toFrame.median)} ms, p95 ${f(result.toFrame.p95)} ms`,
  );
  await app.close();
});

test('benchmark: a 10 MB paste yields its figures without freezing the page', async () => {
  const app = await suite.open();
  // 10 MB of our own round-up paragraphs, numbers varied.
  const parts = [];
  let size = 0;
  for (let i = 1; size < 10 * 1024 * 1024; i++) {
    const p =
      `Report ${i}: security forces killed ${(i % 97) + 3} militants and arrested ${(i % 89) + 5} ` +
      `suspects in raids in the district on Tuesday, police said. At least ${(i % 7) + 1} soldiers ` +
      `were injured. Officials said ${(i % 13) + 2} civilians were wounded in ${(i % 5) + 1} attacks.\n\n`;
    parts.push(p);
    size += p.length;
  }
  // A paste over the whole text (select all, paste), as `make bench` does it.
  const result = await pasteAndWait(app.page, parts.join(''));
  Object.assign(
    result,
    await app.page.evaluate(() => ({
      pager: document.querySelector('.pager')?.textContent ?? '',
      rows: document.querySelectorAll('table.figures tbody tr').length,
      more: document.querySelector('.more-rows')?.textContent ?? '',
    })),
  );
  console.log(
    `BENCH 10 MB paste (${(result.bytes / 1e6).toFixed(1)} MB): figures after ${(result.figuresMs / 1000).toFixed(2)} s ` +
      `(the paste itself ${result.pasteMs.toFixed(0)} ms); longest task ${result.longest.toFixed(0)} ms over ` +
      `${result.longTasks} long tasks; table ${result.rows} rows (${result.more.trim()}); ${result.pager}`,
  );
  assert.ok(result.sawProgress, 'a progress indicator while reading');
  assert.match(result.pager, /Page 1 of \d+/, 'the marked text is paged');
  assert.ok(result.rows <= 201, 'the table shows a first page of rows');
  assert.match(result.more, /more figures not shown/);
  // The textarea keeps only the start of so big a text (laying out 10 MB of textarea holds
  // Chromium for seconds), read-only, and says where the rest is.
  const box = app.articleText();
  assert.ok((await box.inputValue()).length < 10000, 'the textarea shows the start of the text');
  assert.equal(await box.getAttribute('readonly'), '');
  assert.match(await app.page.locator('.big-text-note').innerText(), /10\.\d MB/);
  assert.ok(await app.button('Edit the whole text').isVisible());
  // The page still answers: the next page of the marked text is there at once.
  await app.button('Next page').click();
  assert.match(await app.page.locator('.pager').innerText(), /Page 2 of/);
  assert.ok((await app.page.locator('.marked mark').count()) > 10);
  await app.close({ allowErrors: true });
});
