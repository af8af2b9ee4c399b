/** --fix and --fix-dry-run: loop until stable, idempotent, atomic, line endings and BOM kept. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { type AtomicFs, writeFileAtomic } from '../../server/src/cli/atomicWrite';
import { type LintTask, lintTask, ServicePool } from '../../server/src/cli/lintFile';
import type { Rule } from '../../server/src/service/rules/types';
import { fakeRule } from '../support/fakeRule';
import { runCli } from './harness';
import { DOC, project } from './tmp';

function rule(id: string, find: (text: string) => { start: number; end: number; newText: string }[]): Rule {
  return fakeRule(
    id,
    ({ analysis, report }) => {
      for (const e of find(analysis.determination.text)) {
        const span = { start: e.start, end: e.end };
        report({
          span,
          message: id,
          fixes: [{ title: id, safe: true, edits: [{ span, newText: e.newText }] }],
        });
      }
    },
    { fixable: true },
  );
}

/** Trailing spaces removed; a missing final line break added (as '\n': the fixer adapts it). */
const tidy = rule('test-tidy', (text) => {
  const edits = [...text.matchAll(/ +(?=\r?\n|$)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    newText: '',
  }));
  if (text.length > 0 && !text.endsWith('\n'))
    edits.push({ start: text.length, end: text.length, newText: '\n' });
  return edits;
});
/** Overlapping fixes ("aa" → "a" at every position): needs several passes. */
const collapse = rule('test-collapse', (text) =>
  [...text.matchAll(/(?=aa)/g)].map((m) => ({ start: m.index, end: m.index + 2, newText: 'a' })),
);
/** Never stable: x ↔ y. The loop must stop after 10 passes. */
const flip = rule('test-flip', (text) =>
  [...text.matchAll(/[xy]/g)].map((m) => ({
    start: m.index,
    end: m.index + 1,
    newText: m[0] === 'x' ? 'y' : 'x',
  })),
);

function task(file: string, fix: LintTask['fix']): LintTask {
  return {
    file,
    filePath: path.basename(file),
    repoPath: path.basename(file),
    rules: {},
    catalogFiles: [],
    fix,
    redact: false,
    stats: false,
  };
}

test('--fix keeps CRLF and the BOM, and a second run changes nothing', () => {
  const dir = project({ 'a.txt': '\uFEFFline one  \r\nline two \r\nend' });
  const file = path.join(dir, 'a.txt');
  const first = lintTask(task(file, 'write'), new ServicePool(), [tidy]);
  assert.equal(first.fixesApplied, 3);
  const fixed = fs.readFileSync(file);
  assert.deepEqual([...fixed.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(fixed.toString('utf8', 3), 'line one\r\nline two\r\nend\r\n');
  assert.equal(first.result.findings.length, 0);
  const second = lintTask(task(file, 'write'), new ServicePool(), [tidy]);
  assert.equal(second.fixesApplied, 0);
  assert.deepEqual(fs.readFileSync(file), fixed);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['.git', 'a.txt'], 'no temporary file left');
});

test('--fix loops over overlapping fixes until stable, and stops after 10 passes', () => {
  const dir = project({ 'a.txt': 'aaaaaaaa\n', 'b.txt': 'xy\n' });
  const a = lintTask(task(path.join(dir, 'a.txt'), 'write'), new ServicePool(), [collapse]);
  assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'a\n');
  assert.equal(a.result.findings.length, 0);
  const b = lintTask(task(path.join(dir, 'b.txt'), 'write'), new ServicePool(), [flip]);
  assert.equal(b.fixesApplied, 20, '10 passes of 2 fixes');
  assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), 'xy\n', 'an even number of flips');
});

test('--fix-dry-run returns a unified diff and leaves the file alone', () => {
  const dir = project({ 'a.txt': 'one  \ntwo\n' });
  const file = path.join(dir, 'a.txt');
  const out = lintTask(task(file, 'dry-run'), new ServicePool(), [tidy]);
  assert.match(out.diff, /^--- a\/a\.txt/m);
  assert.match(out.diff, /^-one {2}$/m);
  assert.match(out.diff, /^\+one$/m);
  assert.equal(fs.readFileSync(file, 'utf8'), 'one  \ntwo\n');
  const redacted = lintTask({ ...task(file, 'dry-run'), redact: true }, new ServicePool(), [tidy]);
  assert.equal(redacted.diff, 'a.txt: 1 fix(es) would change this file (diff hidden by --redact).\n');
});

test('atomic write: a failure mid-write leaves the original intact and no temporary file', () => {
  const dir = project({ 'a.txt': 'original' });
  const file = path.join(dir, 'a.txt');
  const failing = (step: 'writeSync' | 'fsyncSync' | 'renameSync'): AtomicFs => ({
    ...(fs as unknown as AtomicFs),
    [step]: (...args: unknown[]) => {
      if (step === 'writeSync') (fs.writeSync as (...a: unknown[]) => number)(args[0], Buffer.from('half'));
      throw Object.assign(new Error('simulated'), { code: 'ENOSPC' });
    },
  });
  for (const step of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
    assert.throws(() => writeFileAtomic(file, 'replacement text', failing(step)), /simulated/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'original', step);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.git', 'a.txt'], step);
  }
  writeFileAtomic(file, 'replacement text');
  assert.equal(fs.readFileSync(file, 'utf8'), 'replacement text');
});

test('a fixed file that cannot be written is reported, not half-written', () => {
  const dir = project({ 'ro/a.txt': 'one  \n' });
  const file = path.join(dir, 'ro', 'a.txt');
  fs.chmodSync(path.join(dir, 'ro'), 0o500);
  try {
    const out = lintTask(task(file, 'write'), new ServicePool(), [tidy]);
    if (process.getuid?.() === 0) return; // root writes anyway; nothing to check
    assert.match(out.writeError ?? '', /cannot write the fixed file/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'one  \n');
  } finally {
    fs.chmodSync(path.join(dir, 'ro'), 0o700);
  }
});

test('imr-lint --fix through the CLI: nothing fixable leaves bytes unchanged', async () => {
  const dir = project({ 'a.imr.md': `\uFEFF${DOC.replace(/\n/g, '\r\n')}` });
  const before = fs.readFileSync(path.join(dir, 'a.imr.md'));
  const r = await runCli(['.', '--fix'], dir);
  assert.equal(r.code, 1);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'a.imr.md')), before);
  assert.equal((await runCli(['.', '--fix-dry-run'], dir)).stdout.includes('--- a/'), false);
});
