// Benchmark of the single-article app in headless Chromium, on the release build in dist/:
// wasm extraction speed, keystroke to redrawn charts, a 10 MB paste to its figures (and the
// longest task meanwhile), and the page weight. A plain script, not a spec: `make test` does not
// run it; `make bench` (scripts/bench.sh) does.
//
//   node tests/e2e/bench-app.mjs               # against dist/
//   TALLY_DIST=/tmp/d node tests/e2e/bench-app.mjs
//   BENCH_PASTE_RUNS=5 node tests/e2e/bench-app.mjs   # the 10 MB paste 5 times (default 3)
//
// Prints `bench: browser ...` lines, then a markdown table of the same numbers.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launchBrowser, serveDir, pasteAndWait, DIST, ROOT } from './lib.mjs';

/** `mb` MB of our own round-up paragraphs, numbers varied (the same text on every run). */
function roundUp(mb) {
  const parts = [];
  let size = 0;
  for (let i = 1; size < mb * 1024 * 1024; i++) {
    const p =
      `Report ${i}: security forces killed ${(i % 97) + 3} militants and arrested ${(i % 89) + 5} ` +
      `suspects in raids in the district on Tuesday, police said. At least ${(i % 7) + 1} soldiers ` +
      `were injured. Officials said ${(i % 13) + 2} civilians were wounded in ${(i % 5) + 1} attacks.\n\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

/** A 5 KB article for the keystroke benchmark (as in app.spec.mjs). */
function fiveKb() {
  const paragraphs = [];
  for (let i = 1; paragraphs.join('\n\n').length < 5000; i++) {
    paragraphs.push(
      `On day ${i} of the operation, security forces killed ${i + 3} militants and arrested ` +
        `${2 * i + 1} suspects in the northern district, officials said. At least ${(i % 5) + 1} ` +
        `soldiers were injured and ${(i % 3) + 1} civilians were wounded in ${(i % 4) + 2} attacks on checkposts.`,
    );
  }
  return paragraphs.join('\n\n').slice(0, 5120);
}

async function keystrokes(page) {
  return page.evaluate(async () => {
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
    const toChart = [];
    for (let k = 0; k < 60; k++) {
      const v = ta.value;
      const next = k % 2 === 0 ? v.slice(0, at) + '7' + v.slice(at) : v.slice(0, at) + v.slice(at + 1);
      const done = drawn();
      const t0 = performance.now();
      ta.value = next;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '7' }));
      toChart.push((await done) - t0);
      await new Promise((r) => setTimeout(r, 5));
    }
    const s = [...toChart].sort((a, b) => a - b);
    return { median: s[s.length >> 1], p95: s[Math.floor(s.length * 0.95)] };
  });
}

async function fresh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Article text', { exact: true }).waitFor({ state: 'visible', timeout: 30000 });
  return { context, page };
}

/** How many times the 10 MB paste is measured. */
const PASTE_RUNS = Number(process.env.BENCH_PASTE_RUNS || 3);

const server = await serveDir(DIST);
const browser = await launchBrowser();
const rows = [];
try {
  // Wasm extraction speed: a ~5 MB article, read in chunks; the app's own reading time.
  {
    const { context, page } = await fresh(browser, server.url);
    const r = await pasteAndWait(page, roundUp(5));
    const mbs = r.bytes / 1e6 / (r.readMs / 1000);
    console.log(
      `bench: browser wasm extract ${(r.bytes / 1e6).toFixed(1)} MB in ${r.readMs.toFixed(0)} ms: ` +
        `${mbs.toFixed(1)} MB/s (figures shown after ${(r.figuresMs / 1000).toFixed(2)} s)`,
    );
    rows.push([`wasm \`extract\` in Chromium, ${(r.bytes / 1e6).toFixed(1)} MB article read in chunks`, `${mbs.toFixed(1)} MB/s`]);
    await context.close();
  }
  // Keystroke to redrawn charts on a 5 KB article.
  {
    const { context, page } = await fresh(browser, server.url);
    const ta = page.getByLabel('Article text', { exact: true });
    await ta.fill(fiveKb());
    await page.waitForSelector('table.figures tbody tr');
    const k = await keystrokes(page);
    console.log(`bench: browser keystroke to chart (5 KB article): median ${k.median.toFixed(1)} ms, p95 ${k.p95.toFixed(1)} ms`);
    rows.push(['keystroke to redrawn charts, 5 KB article (goal <= 16 ms)', `median ${k.median.toFixed(1)} ms, p95 ${k.p95.toFixed(1)} ms`]);
    await context.close();
  }
  // A 10 MB paste to its figures, and the longest task meanwhile: PASTE_RUNS runs, each in a
  // fresh page; the median time to figures and the worst longest task.
  {
    const text = roundUp(10);
    const runs = [];
    for (let i = 0; i < PASTE_RUNS; i++) {
      const { context, page } = await fresh(browser, server.url);
      const r = await pasteAndWait(page, text);
      console.log(
        `bench: browser 10 MB paste (${(r.bytes / 1e6).toFixed(1)} MB), run ${i + 1}: figures after ` +
          `${(r.figuresMs / 1000).toFixed(2)} s; longest task ${r.longest.toFixed(0)} ms over ${r.longTasks} ` +
          `long tasks, longest frame ${r.longestFrame.toFixed(0)} ms (the paste event itself ${r.pasteMs.toFixed(0)} ms; ` +
          `app phases: ${r.phases})`,
      );
      runs.push(r);
      await context.close();
    }
    const figures = runs.map((r) => r.figuresMs).sort((a, b) => a - b);
    const longest = runs.map((r) => r.longest);
    const frames = runs.map((r) => r.longestFrame);
    const bytes = runs[0].bytes;
    console.log(
      `bench: browser 10 MB paste over ${runs.length} runs: figures after median ` +
        `${(figures[figures.length >> 1] / 1000).toFixed(2)} s; longest task ${longest.map((x) => x.toFixed(0)).join(', ')} ms; ` +
        `longest frame ${frames.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
    rows.push([`10 MB paste to figures (${(bytes / 1e6).toFixed(1)} MB), median of ${runs.length}`, `${(figures[figures.length >> 1] / 1000).toFixed(1)} s`]);
    rows.push([`longest task during that paste, worst of ${runs.length} (goal <= 100 ms)`, `${Math.max(...longest).toFixed(0)} ms`]);
    rows.push([`longest animation frame (tasks and rendering) during that paste, worst of ${runs.length}`, `${Math.max(...frames).toFixed(0)} ms`]);
  }
} finally {
  await browser.close();
  await server.close();
}
// Page weight, as `make budget` counts it (gzip -9 of every file in dist/).
try {
  const out = execFileSync('bash', [path.join(ROOT, 'scripts', 'budget.sh'), DIST], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.startsWith('page weight:'));
  const kb = line?.match(/([0-9.]+) KB gzip/)?.[1];
  console.log(`bench: ${line}`);
  if (kb) rows.push(['page weight, gzip, all of dist/ (goal <= 200 KB)', `${kb} KB`]);
} catch (e) {
  console.log(`bench: page weight unavailable: ${e.message}`);
}
console.log('\n| benchmark (headless Chromium, release build) | result |\n|---|---|');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
