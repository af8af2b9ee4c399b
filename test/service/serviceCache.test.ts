/**
 * What the service keeps per document version: one analysis and one lint result per configuration,
 * shared by diagnostics and code actions, and never served for another version or configuration.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCatalog } from '../../server/src/service/catalog/default';
import { createLanguageService, type DocumentLike } from '../../server/src/service/index';
import { realLetters } from '../support/realLetters';

const letter = realLetters()[0]!.text;

function docOf(text: string, version = 1): DocumentLike {
  return { uri: 'file:///cache/letter.txt', version, languageId: 'plaintext', getText: () => text };
}

describe('service cache', () => {
  it('lints a version once for diagnostics and code actions alike', () => {
    const service = createLanguageService({ catalog: defaultCatalog() });
    const d = docOf(letter);
    const first = service.lint(d);
    assert.equal(service.lint(d), first);
    service.getDiagnostics(d);
    service.getCodeActions(d, {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    assert.equal(service.lint(d, {}), first, 'no configuration and an empty one are the same');
  });

  it('lints again for another configuration, and for another version', () => {
    const service = createLanguageService({ catalog: defaultCatalog() });
    const d = docOf(letter);
    const all = service.lint(d).findings;
    assert.ok(all.length > 0, 'the seed letter has findings');
    const ruleId = all[0]!.ruleId;
    const off = service.lint(d, { rules: { [ruleId]: 'off' } }).findings;
    assert.ok(off.every((f) => f.ruleId !== ruleId));
    assert.deepEqual(service.lint(d).findings, all);
    const edited = docOf(`${letter}\n`, 2);
    assert.notEqual(service.lint(edited), service.lint(d));
    const fresh = createLanguageService({ catalog: defaultCatalog() });
    assert.deepEqual(service.lint(edited).findings, fresh.lint(edited).findings);
  });
});
