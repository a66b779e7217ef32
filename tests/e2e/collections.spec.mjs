// Collections end to end in Chromium: drop three files and see three articles and a timeline;
// export CSV and JSON and check them; import the JSON into a fresh page and get the same
// collection; two articles about one attack grouped and counted once; binary refused.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startSuite } from './lib.mjs';

const suite = startSuite();

// Our own articles: two outlets on one attack (12, then 15 killed), and a round-up in HTML.
const FILES = [
  {
    name: 'kalat-monday.txt',
    type: 'text/plain',
    content:
      'date 2024-03-04\nMilitants attack checkpoint in Kalat\n\n' +
      'Gunmen killed 12 passengers near Kalat on Monday, police said. Four soldiers were injured.',
  },
  {
    name: 'kalat-tuesday.md',
    type: 'text/markdown',
    content:
      'date 2024-03-05\nToll rises in Kalat attack\n\n' +
      'The death toll rose to 15 passengers killed near Kalat, officials said. ' +
      'Police arrested 6 suspects.',
  },
  {
    name: 'zhob.html',
    type: 'text/html',
    content:
      '<html><head><title>Raids in Zhob</title><style>p { color: red }</style></head><body>' +
      '<p>Security forces conducted 3 operations in Zhob and killed 9 terrorists.</p>' +
      '<script>document.title = "ran"</script></body></html>',
  },
];

/** Drops files on the page as a person dragging them from a file manager would. */
async function drop(app, files) {
  await app.page.evaluate(async (files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const body = f.bytes ? new Uint8Array(f.bytes) : f.content;
      dt.items.add(new File([body], f.name, { type: f.type }));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, files);
}

const articleList = (app) => app.page.getByRole('list', { name: 'Articles', exact: true });
const items = (app) => articleList(app).getByRole('listitem');

/** A fresh page with the example removed and the three files dropped. */
async function collection() {
  const app = await suite.open({ context: { viewport: { width: 1400, height: 1000 }, acceptDownloads: true } });
  for (const remove of await articleList(app).getByRole('button', { name: /^Remove / }).all()) {
    await remove.click();
  }
  await items(app).first().waitFor({ state: 'detached', timeout: 5000 });
  await drop(app, FILES);
  await items(app).nth(2).waitFor();
  await app.page.getByRole('button', { name: 'Raids in Zhob', exact: true }).waitFor();
  await app.label('Date of Raids in Zhob').fill('2024-03-20');
  // The collection views catch up after a short pause.
  await app.page.getByText('Nothing left out', { exact: false }).or(app.page.getByText('Left out:')).first().waitFor();
  await app.page.waitForFunction(() => !document.querySelector('.article-list')?.innerText.includes('no date'));
  return app;
}

/** How many pixels of a canvas differ from its top-left corner (the background). */
async function drawnPixels(app, name) {
  const canvas = app.page.getByRole('img', { name, exact: true });
  await canvas.waitFor();
  return canvas.evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 4; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) n++;
    }
    return n;
  });
}

/** The rows of a timeline's table, opened, as arrays of cell texts (row header first). */
async function timelineTable(app, title) {
  const figure = app.page.locator('figure', { has: app.page.getByRole('img', { name: title, exact: true }) });
  const details = figure.locator('details');
  if (!(await details.evaluate((d) => d.open))) await figure.getByText('Table of this chart').click();
  const table = app.table(`${title} (data)`);
  await table.waitFor();
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((s) => s.trim());
  const rows = [];
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('th, td').allInnerTexts()).map((s) => s.trim()));
  }
  return { headers, rows };
}

async function download(app, button) {
  const [dl] = await Promise.all([app.page.waitForEvent('download'), app.button(button).click()]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
}

test('three dropped files become three articles and a timeline', async () => {
  const app = await collection();
  const titles = await articleList(app).locator('.article-title').allTextContents();
  assert.deepEqual(titles, ['Militants attack checkpoint in Kalat', 'Toll rises in Kalat attack', 'Raids in Zhob']);
  assert.match(await app.page.locator('.collection-status').innerText(), /Added 3 articles/);
  // The HTML file was reduced to its text: no markup, no script, no style in the article.
  await app.page.getByRole('button', { name: 'Raids in Zhob', exact: true }).click();
  const text = await app.articleText().inputValue();
  assert.match(text, /^Raids in Zhob\n\nSecurity forces conducted 3 operations in Zhob/);
  assert.doesNotMatch(text, /<|color: red|document\.title/);

  for (const name of [
    'Operations and attacks over time, by day',
    'Killed and injured over time, by day',
    'Arrests and surrenders over time, by day',
  ]) {
    assert.ok((await drawnPixels(app, name)) > 500, `${name} has drawn pixels`);
  }
  const ops = await timelineTable(app, 'Operations and attacks over time, by day');
  assert.deepEqual(ops.headers, ['day', 'operations', 'Articles']);
  assert.deepEqual(ops.rows.find((r) => r[0] === '2024-03-20'), ['2024-03-20', '3', '1']);
  assert.equal(ops.rows.length, 17, 'one bar a day from 2024-03-04 to 2024-03-20');

  // Switching to weeks redraws with fewer bars.
  await app.page.getByText('Week', { exact: true }).click();
  const weeks = await timelineTable(app, 'Operations and attacks over time, by week');
  assert.deepEqual(weeks.rows.map((r) => r[0]), ['week of 2024-03-04', 'week of 2024-03-11', 'week of 2024-03-18']);

  // The collection survives a reload.
  await app.page.reload();
  await app.waitForMount();
  await items(app).nth(2).waitFor();
  assert.equal(await items(app).count(), 3);
  await app.screenshot('collections-timeline');
  await app.close();
});

test('two articles about one attack are grouped and counted once, unless separated', async () => {
  const app = await collection();
  const group = app.page.getByRole('list', { name: 'Groups of repeats' }).getByRole('listitem').first();
  await group.waitFor();
  assert.match(await group.innerText(), /killed · civilians · 12–15 · counted once as 12/);
  const title = 'Killed and injured over time, by day';
  let { headers, rows } = await timelineTable(app, title);
  const col = headers.indexOf('killed · civilians');
  assert.ok(col > 0, `a killed civilians column in ${headers}`);
  assert.equal(rows.find((r) => r[0] === '2024-03-04')[col], '12 (12 to 15)');
  assert.equal(rows.find((r) => r[0] === '2024-03-05')[col], '0', 'the follow-up is not counted again');
  assert.equal(rows.find((r) => r[0] === '2024-03-04').at(-1), '2', 'both articles stand behind the bar');

  await app.button('Separate the report in Toll rises in Kalat attack from this group').click();
  await app.page.getByText('No fact is reported by more than one article.').waitFor();
  ({ headers, rows } = await timelineTable(app, title));
  assert.equal(rows.find((r) => r[0] === '2024-03-05')[headers.indexOf('killed · civilians')], '15');
  await app.close();
});

test('CSV and JSON exports hold every figure and the whole collection', async () => {
  const app = await collection();
  const csv = await download(app, 'Export CSV');
  assert.equal(csv.name, 'tally-figures.csv');
  const lines = csv.text.split('\r\n');
  assert.equal(
    lines[0],
    'article_title,article_date,period,location,kind,subject,value,min,max,approx,vague,rate,part_of,corrected,repeat_of,evidence',
  );
  const row = (re) => lines.find((l) => re.test(l));
  assert.ok(row(/^Militants attack checkpoint in Kalat,2024-03-04,.*,killed,civilians,12,12,12,false,false,/), csv.text);
  assert.match(row(/^Toll rises in Kalat attack,2024-03-05,.*,killed,civilians,15,/), /Militants attack checkpoint in Kalat \(2024-03-04\): killed · civilians · 12/);
  assert.ok(row(/^Raids in Zhob,2024-03-20,.*,operations,,3,3,3,/), csv.text);

  const json = await download(app, 'Export JSON');
  assert.equal(json.name, 'tally-collection.json');
  const data = JSON.parse(json.text);
  assert.equal(data.format, 'tally-collection');
  assert.equal(data.version, 1);
  assert.deepEqual(data.articles.map((a) => a.title), ['Militants attack checkpoint in Kalat', 'Toll rises in Kalat attack', 'Raids in Zhob']);
  assert.equal(data.articles[2].published, '2024-03-20');
  assert.equal(data.articles[0].text, FILES[0].content);
  assert.equal(data.groups.length, 1);
  assert.ok(data.articles[1].figures.some((f) => f.value === 15 && f.repeat_of));
  await app.close();
});

test('importing the JSON into a fresh page gives back the same collection', async () => {
  const app = await collection();
  // A separated repeat travels too.
  await app.button('Separate the report in Toll rises in Kalat attack from this group').click();
  await app.page.getByText('No fact is reported by more than one article.').waitFor();
  const json = await download(app, 'Export JSON');
  assert.equal(JSON.parse(json.text).separated.length, 1);
  const file = '/tmp/tally-e2e-collection.json';
  fs.writeFileSync(file, json.text);
  await app.close();

  const fresh = await suite.open({ context: { viewport: { width: 1400, height: 1000 }, acceptDownloads: true } });
  const [chooser] = await Promise.all([fresh.page.waitForEvent('filechooser'), fresh.button('Import JSON').click()]);
  await chooser.setFiles(file);
  await fresh.page.getByText(/Imported 3 articles/).waitFor();
  await items(fresh).nth(2).waitFor();
  assert.equal(await items(fresh).count(), 3);
  const again = await download(fresh, 'Export JSON');
  assert.equal(again.text, json.text, 'the same collection, exported again, is the same file');
  await fresh.page.getByText('No fact is reported by more than one article.').waitFor();

  // A file that is not a collection is refused with a reason, and nothing is lost.
  fs.writeFileSync('/tmp/tally-e2e-bad.json', '{"published": null, "figures": []}');
  const [bad] = await Promise.all([fresh.page.waitForEvent('filechooser'), fresh.button('Import JSON').click()]);
  await bad.setFiles('/tmp/tally-e2e-bad.json');
  await fresh.page.getByText(/not a Tally collection/).waitFor();
  assert.equal(await items(fresh).count(), 3);
  await fresh.close();
});

test('a dropped PDF or image is refused with a message, not read as garbage', async () => {
  const app = await suite.open();
  const before = await items(app).count();
  await drop(app, [
    { name: 'report.pdf', type: 'application/pdf', content: '%PDF-1.7\n%âãÏÓ\n1 0 obj' },
    { name: 'photo.png', type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13] },
  ]);
  const status = app.page.locator('.collection-status');
  await status.waitFor();
  const message = await status.innerText();
  assert.match(message, /“report\.pdf”: This looks like a PDF/);
  assert.match(message, /“photo\.png”: This looks like a PNG image/);
  assert.equal(await items(app).count(), before, 'no article was added');
  await app.close();
});

test('when storage is full, the page says so and offers the collection as a download', async () => {
  const app = await suite.open({ mount: false, context: { acceptDownloads: true } });
  // Fill this origin's storage before the app saves anything, then reload into it.
  await app.page.evaluate(() => {
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n++}`, chunk);
        } catch {
          break;
        }
      }
    }
  });
  await app.page.reload();
  await app.waitForMount();
  await drop(app, FILES);
  await items(app).nth(3).waitFor();
  await app.page.getByRole('alert').filter({ hasText: 'storage' }).waitFor();
  const offer = app.button('Export the collection (JSON)');
  await offer.waitFor();
  const json = await download(app, 'Export the collection (JSON)');
  const titles = JSON.parse(json.text).articles.map((a) => a.title);
  assert.deepEqual(titles.slice(-3), ['Militants attack checkpoint in Kalat', 'Toll rises in Kalat attack', 'Raids in Zhob']);
  await app.close();
});

test('pasted rich text becomes an article; articles move by keyboard; charts download as crisp PNGs', async () => {
  const app = await suite.open({ context: { viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 2, acceptDownloads: true } });
  await drop(app, FILES);
  await items(app).nth(3).waitFor();

  // Rich text pasted outside the text box (here: only HTML on the clipboard) is reduced to text.
  await app.page.locator('.brand').click();
  await app.page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<h1>Ambush on convoy</h1><p>Attackers <b>killed 4 soldiers</b> near Kohat.</p>');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await items(app).nth(4).waitFor();
  assert.equal(await app.articleText().inputValue(), 'Ambush on convoy\n\nAttackers killed 4 soldiers near Kohat.');

  // Move the pasted article up with the keyboard; focus stays on its button.
  const up = app.button('Move Ambush on convoy up');
  await up.focus();
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => document.querySelectorAll('.article-title')[3]?.textContent === 'Ambush on convoy');
  assert.equal(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Move Ambush on convoy up');

  // The canvas backing store follows the device pixel ratio, and the PNG is a PNG.
  const canvas = app.page.getByRole('img', { name: /^Killed and injured over time, by / });
  const name = await canvas.getAttribute('aria-label');
  const bucket = name.split(' ').at(-1);
  const [w, cw] = await canvas.evaluate((c) => [c.width, c.clientWidth]);
  assert.equal(w, cw * 2);
  const [dl] = await Promise.all([app.page.waitForEvent('download'), app.button(`Download ${name} as PNG`).click()]);
  assert.equal(dl.suggestedFilename(), `tally-killed-and-injured-over-time-by-${bucket}.png`);
  const png = fs.readFileSync(await dl.path());
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  await app.close();
});
