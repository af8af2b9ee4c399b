/**
 * --redact: no run of 8 consecutive words of any input letter appears in any format's output.
 * Runs over the real letters in the shared folder; prints counts only.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FORMAT_NAMES } from '../../server/src/cli/formatters/index';
import { realLetters, runCli, sharedDir } from './harness';
import { project } from './tmp';

const N = 8;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + N <= w.length; i++) out.add(w.slice(i, i + N).join(' '));
  return out;
}

const letters = realLetters();

test('redacted output quotes no 8-word run of any letter, in every format', {
  skip: letters.length === 0 && 'no shared letters',
}, async () => {
  const inputShingles = new Set<string>();
  for (const f of letters) for (const s of shingles(readFileSync(f, 'utf8'))) inputShingles.add(s);
  // The detector itself works: a letter's own text is caught.
  assert.ok([...shingles(readFileSync(letters[0]!, 'utf8'))].some((s) => inputShingles.has(s)));
  const cwd = sharedDir()!;
  // SARIF carries every rule's documentation, which must quote the letters' stock sentences ("did not
  // cite any medical evidence ...") and paraphrase guideline criteria the letters also quote. That text is
  // the tool's own and is the same whatever is linted, so it is taken out: what remains would be a leak.
  const empty = project({ 'empty.imr.md': '<!-- nothing -->\n' });
  for (const format of FORMAT_NAMES) {
    const r = await runCli(['.', '--redact', '-f', format, '--no-config-lookup'], empty);
    for (const s of shingles(r.stdout)) inputShingles.delete(s);
  }
  const letterOwn = [...shingles(readFileSync(letters[0]!, 'utf8'))].filter((s) => inputShingles.has(s));
  assert.ok(letterOwn.length > 100, 'the rule documentation does not mask the letters themselves');
  const runs = [
    ...FORMAT_NAMES.map((format) => ({ argv: ['--redact', '-f', format], env: {} })),
    // CI=true turns redaction on by itself.
    { argv: ['-f', 'json'], env: { CI: 'true', GITHUB_STEP_SUMMARY: `${cwd}/summary.md` } },
    { argv: ['-f', 'github'], env: { CI: 'true', GITHUB_STEP_SUMMARY: `${cwd}/summary.md` } },
  ];
  let checked = 0;
  for (const { argv, env } of runs) {
    const r = await runCli([...letters, ...argv, '--no-config-lookup'], cwd, env);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code} for ${argv.join(' ')}`);
    for (const out of [r.stdout, r.stderr, ...r.files.values()]) {
      const leaked = [...shingles(out)].filter((s) => inputShingles.has(s)).length;
      assert.equal(leaked, 0, `${argv.join(' ')}: ${leaked} 8-word runs of letter text in the output`);
      checked++;
    }
  }
  assert.ok(checked >= runs.length);
});
