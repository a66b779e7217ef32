// Benchmark of a 500-article collection (5 MB of text) in headless Chromium, on the release
// build: import it, then time adding an article, switching between articles and redrawing the
// timelines, each until the page has drawn it (two animation frames after the change shows).
//
//   node tests/e2e/bench-collections.mjs            # 500 articles of 10 KB, against dist/
//   TALLY_BENCH_ARTICLES=200 TALLY_DIST=/tmp/d node tests/e2e/bench-collections.mjs
//
// Prints `bench: browser collection NAME ... ms` lines (medians of several runs). The goal
// (issue 5) is under 100 ms for adding, switching and redrawing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, serveDir, DIST } from './lib.mjs';

const N = Number(process.env.TALLY_BENCH_ARTICLES || 500);
const SIZE = 10_000;
const RUNS = 7;

// Our own words, varied by a fixed-seed generator so every run measures the same text.
let seed = 7;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = (a) => a[rand(a.length)];
const PLACES = ['Tank', 'Kalat', 'Awaran', 'Mohmand', 'Panjgur', 'Hangu', 'Kohat'];
const SIDES = ['militants', 'soldiers', 'civilians', 'policemen', 'insurgents'];
const FILLER = [
  'Officials said the area had been cordoned off while a search continued.',
  'Residents described hearing gunfire through the night before the roads were reopened.',
  'The provincial government announced compensation for the families of the victims.',
  'A spokesman said further details would be shared once the operation concluded.',
];

function article(id) {
  const day = rand(300);
  const month = String(Math.floor(day / 28) + 1).padStart(2, '0');
  const dom = String((day % 28) + 1).padStart(2, '0');
  const place = pick(PLACES);
  let text =
    `date 2024-${month}-${dom}\nSecurity forces kill ${rand(20) + 1} ${pick(SIDES)} in ${place}\n\n` +
    `Security forces killed ${rand(20) + 1} ${pick(SIDES)} in an operation in ${place}, officials said. ` +
    `At least ${rand(9) + 1} ${pick(SIDES)} were injured and ${rand(30) + 1} suspects were arrested. ` +
    `The forces carried out ${rand(90) + 10} raids in the district this month.\n\n`;
  while (text.length < SIZE) {
    text += pick(FILLER) + ' ';
    if (rand(8) === 0) text += `In a separate incident, ${rand(6) + 2} ${pick(SIDES)} were abducted near ${pick(PLACES)}.\n\n`;
  }
  return { id, text, published: null, corrections: [] };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const report = (name, ms) => console.log(`bench: browser collection ${name} ${ms.toFixed(1)} ms`);

const articles = Array.from({ length: N }, (_, i) => article(i + 1));
const file = path.join(os.tmpdir(), `tally-bench-${N}.json`);
fs.writeFileSync(file, JSON.stringify({ format: 'tally-collection', version: 1, articles }));
const mb = articles.reduce((n, a) => n + a.text.length, 0) / 1e6;
console.log(`bench: browser collection of ${N} articles, ${mb.toFixed(1)} MB of text`);

const server = await serveDir(process.env.TALLY_DIST || DIST);
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.getByLabel('Article text', { exact: true }).waitFor();
  // Helpers in the page: two frames after a condition holds.
  await page.evaluate(() => {
    window.frames2 = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.until = async (ok) => {
      while (!ok()) await new Promise((r) => requestAnimationFrame(r));
      await window.frames2();
    };
  });

  let t0 = Date.now();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import JSON' }).click()]);
  await chooser.setFiles(file);
  await page.waitForFunction((n) => document.querySelectorAll('.article-item').length === n, N, { timeout: 120000 });
  await page.waitForFunction(() => !document.querySelector('.article-list').innerText.includes('…'), null, { timeout: 120000 });
  report('import (read, extract all, list, timelines)', Date.now() - t0);

  // Adding: a dropped file, until its article is listed with its figure count.
  const adds = [];
  for (let i = 0; i < RUNS; i++) {
    const a = article(N + 1 + i);
    adds.push(
      await page.evaluate(async ({ text, n }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], `added-${n}.txt`, { type: 'text/plain' }));
        const t = performance.now();
        document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
        await window.until(() => {
          const items = document.querySelectorAll('.article-item');
          return items.length === n && /figure/.test(items[n - 1].querySelector('.figure-count').textContent);
        });
        return performance.now() - t;
      }, { text: a.text, n: N + 1 + i }),
    );
  }
  report('add one article (drop, read, extract, list, timelines)', median(adds));
  console.log(`bench: browser collection add runs: ${adds.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`bench: browser collection last add, inside: ${await page.evaluate(() => document.body.dataset.collectionMs)}`);

  // Switching: open another article, until the reader shows its text and its figures.
  const switches = [];
  for (let i = 0; i < RUNS; i++) {
    switches.push(
      await page.evaluate(async (k) => {
        const item = document.querySelectorAll('.article-item')[k];
        const t = performance.now();
        item.querySelector('.article-open').click();
        await window.until(() => item.classList.contains('selected'));
        return performance.now() - t;
      }, 37 * (i + 1)),
    );
  }
  report('switch article (select, reader, table, charts)', median(switches));

  // Redrawing: switch the timelines' bucket, until the captions say so.
  const redraws = [];
  for (let i = 0; i < RUNS; i++) {
    const name = ['Day', 'Week', 'Month'][i % 3];
    redraws.push(
      await page.evaluate(async (name) => {
        const label = [...document.querySelectorAll('.bucket-switch label')].find((l) => l.textContent === name);
        const t = performance.now();
        label.click();
        const word = name.toLowerCase();
        await window.until(() => document.querySelector('.timeline-chart figcaption').textContent.endsWith(`by ${word}`));
        return performance.now() - t;
      }, name),
    );
  }
  report('redraw timelines (switch bucket)', median(redraws));
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  const notice = await page.locator('.notice').allInnerTexts();
  if (notice.length) console.log(`notice: ${notice.join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
