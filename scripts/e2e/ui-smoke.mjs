// The editor as a person sees it: code-server's workbench in headless chromium, driven by
// playwright-core. Checks that diagnostics show as squiggles and in the Problems panel, then tries
// completion after "Page(s): " and hover on a page number (shown once those features land), and
// saves a screenshot of each. Prints counts only.
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

const server = await startCodeServer();
const browser = await launchChromium();
const results = {};
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(workbenchUrl(server.base, workspace, [['extensionDevelopmentPath', root, true]]));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });

  await open(page, 'sample.imr.md');
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 });
  results.squiggles = await page.locator('.monaco-editor .squiggly-error').count();
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
  results.problems = await page.locator('.markers-panel .monaco-list-row').count();
  await page.screenshot({ path: join(shots, 'diagnostics.png') });

  await open(page, 'determination.imr.md');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(
    '\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Page(s): ',
  );
  await page.keyboard.press('Control+Space');
  results.completions = await countWhenShown(page, '.suggest-widget.visible .monaco-list-row');
  await page.screenshot({ path: join(shots, 'completion.png') });
  await page.keyboard.press('Escape');

  await page.locator('.monaco-editor .view-lines span', { hasText: /^24$/ }).first().hover();
  results.hover = await countWhenShown(page, '.monaco-hover:not(.hidden) .hover-contents');
  await page.screenshot({ path: join(shots, 'hover.png') });
  // Completion and hover are part of the product now: a blank list or an empty hover fails the run.
  failed = !(results.squiggles > 0 && results.problems > 0 && results.completions > 0 && results.hover > 0);
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

/** Rows of a widget once it shows, or 0 when it does not within 10 s (a feature still to land). */
async function countWhenShown(page, selector) {
  return page
    .waitForSelector(selector, { timeout: 10_000 })
    .then(() => page.locator(selector).count())
    .catch(() => 0);
}
