// Smoke test of the release build in real Chromium: the wasm app mounts, and typing an article
// fills the table named "Figures". This is the test that catches a broken wasm-opt.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite } from './lib.mjs';

const suite = startSuite();

// Our own sentence, in the style of a round-up.
const ARTICLE =
  'Security forces killed 12 militants in the district on Monday, police said, ' +
  'and arrested 30 suspects in raids across the province.';

test('the release build mounts one app with its article textarea and figures table', async () => {
  const app = await suite.open();
  assert.equal(await app.page.locator('#app').count(), 1);
  assert.equal(await app.articleText().count(), 1, 'one textarea labelled "Article text"');
  await app.figuresTable().waitFor();
  await app.screenshot('smoke-mounted');
  await app.close();
});

test('typing an article fills the Figures table', async () => {
  const app = await suite.open();
  await app.typeArticle(ARTICLE);
  const rows = await app.waitForFigures(1);
  const numbers = rows.map((r) => r.Number).join(' | ');
  assert.match(numbers, /\b12\b/, `a figure for the 12 killed, got: ${numbers}`);
  assert.match(numbers, /\b30\b/, `a figure for the 30 arrested, got: ${numbers}`);
  await app.screenshot('smoke-figures');

  // The table follows the text live: with the text cleared, those figures are gone.
  await app.typeArticle('');
  const after = (await app.figureRows()).map((r) => r.Number).join(' | ');
  assert.doesNotMatch(after, /\b(12|30)\b/, `figures left after clearing: ${after}`);
  await app.close();
});

test('the page asks the server for nothing but its own files', async () => {
  const app = await suite.open();
  await app.typeArticle(ARTICLE);
  const foreign = app.requests.filter((u) => !u.startsWith(suite.url) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await app.close();
});
