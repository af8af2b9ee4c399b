/**
 * The extension's static parts agree with each other: commands declared in package.json are the ones
 * the client registers, activation is limited to the language and the commands, snippets are sound.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const snippets: Record<string, { prefix: string; body: string[]; description: string }> = JSON.parse(
  readFileSync('snippets/imr.code-snippets', 'utf8'),
);

test('declared commands are exactly the registered ones', () => {
  const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
  const source = readFileSync('client/src/commands.ts', 'utf8');
  const registered = [...source.matchAll(/register\('(imr\.[A-Za-z]+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, declared);
});

test('the extension activates only on its language (commands activate it implicitly)', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:imr']);
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
});

test('settings are declared for every key the server reads', () => {
  const keys = Object.keys(manifest.contributes.configuration.properties).sort();
  assert.deepEqual(keys, [
    'imr.catalogFiles',
    'imr.debounceMs',
    'imr.lintPlainText',
    'imr.rules',
    'imr.trace.server',
  ]);
});

test('snippets cover the common treatments and a whole determination', () => {
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  for (const p of [
    'imr-determination',
    'imr-esi',
    'imr-benzo',
    'imr-opioid',
    'imr-muscle-relaxant',
    'imr-mri-lumbar',
    'imr-mri-cervical',
    'imr-pt',
    'imr-chiro',
    'imr-acupuncture',
    'imr-topical-compound',
    'imr-tens',
    'imr-sleep-aid',
  ]) {
    assert.ok(prefixes.includes(p), p);
  }
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(s.description && s.body.length > 0, name);
    // Every item snippet offers exactly the two decisions the format accepts.
    if (s.body[0]?.startsWith('## ')) assert.match(s.body[0], /\$\{\d+\|Upheld,Overturned\|\}$/, name);
  }
});
