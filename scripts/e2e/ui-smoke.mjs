// The editor as a person sees it: code-server's workbench in headless chromium, driven by
// playwright-core. Checks that diagnostics show as squiggles and in the Problems panel, that hover on a
// cited page shows the guideline, and that completion after "Page(s): " lists pages, and saves a
// screenshot of each. Prints counts only.
//
// Usage: node scripts/e2e/ui-smoke.mjs [--shots=DIR]   (npm run test:e2e -- --screenshots writes docs/images)
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, startCodeServer, workbenchUrl } from './codeServer.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const shotsArg = process.argv.find((a) => a.startsWith('--shots='));
const shots = shotsArg
  ? resolve(shotsArg.slice('--shots='.length))
  : mkdtempSync(join(tmpdir(), 'imr-shots-'));
mkdirSync(shots, { recursive: true });
// A copy of the fixture folder: nothing the test types can reach the repository.
const workspace = mkdtempSync(join(tmpdir(), 'imr-ui-ws-'));
cpSync(join(root, 'test', 'fixtures', 'e2e-workspace'), workspace, { recursive: true });
cpSync(join(root, 'examples', '04-lumbar-esi-defects.imr.md'), join(workspace, 'lumbar-esi.imr.md'));

const server = await startCodeServer();
const browser = await launchChromium();
const results = {};
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(workbenchUrl(server.base, workspace, [['extensionDevelopmentPath', root, true]]));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });

  // Diagnostics on a determination with a clinical defect (an ESI approved without corroborated
  // radiculopathy), scrolled to that item, with the Problems panel open.
  await open(page, 'lumbar-esi.imr.md');
  // Monaco draws only the lines in view: go to the item first, then wait for its squiggle.
  await goToLine(page, 60);
  await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', {
    timeout: 60_000,
  });
  results.squiggles = await page
    .locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning')
    .count();
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
  results.problems = await page.locator('.markers-panel .monaco-list-row').count();
  await page.screenshot({ path: join(shots, 'diagnostics.png') });
  await page.keyboard.press('Control+Shift+M');

  // Hover on the page cited for a benzodiazepine item.
  await open(page, 'determination.imr.md');
  await page.locator('.monaco-editor .view-lines span', { hasText: /^24$/ }).first().hover();
  results.hover = await countWhenShown(page, '.monaco-hover:not(.hidden) .hover-contents');
  await page.screenshot({ path: join(shots, 'hover.png') });
  await page.mouse.move(0, 0);

  // Completion: the page removed, then Ctrl+Space after "Page(s): " in that item.
  await page.keyboard.press('Escape');
  await goToLine(page, 15);
  await page.keyboard.press('End');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+Space');
  results.completions = await countWhenShown(page, '.suggest-widget.visible .monaco-list-row');
  results.firstCompletion = await page
    .locator('.suggest-widget.visible .monaco-list-row .label-name')
    .first()
    .textContent()
    .catch(() => '');
  await page.screenshot({ path: join(shots, 'completion.png') });
  await page.keyboard.press('Escape');
  // Completion and hover are part of the product now: a blank list or an empty hover fails the run.
  failed = !(
    results.squiggles > 0 &&
    results.problems > 0 &&
    results.completions > 0 &&
    results.hover > 0 &&
    results.firstCompletion === '24'
  );
} catch (error) {
  failed = true;
  console.error(`ui-smoke: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
} finally {
  await browser.close();
  server.stop();
  rmSync(workspace, { recursive: true, force: true });
  if (!shotsArg) rmSync(shots, { recursive: true, force: true });
}
console.log(`ui-smoke: ${JSON.stringify(results)}${shotsArg ? `, screenshots in ${shots}` : ''}`);
process.exit(failed ? 1 : 0);

/** Quick Open (Ctrl+P), the way a person opens a file; resolves when its tab shows. */
async function open(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tabs-container .tab[aria-label*="${name}"]`, { timeout: 30_000 });
}

/** Go to Line (Ctrl+G), as a person would. */
async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** Rows of a widget once it shows, or 0 when it does not within 10 s (a feature still to land). */
async function countWhenShown(page, selector) {
  return page
    .waitForSelector(selector, { timeout: 10_000 })
    .then(() => page.locator(selector).count())
    .catch(() => 0);
}
