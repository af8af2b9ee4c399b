/**
 * What the service keeps per document version: one analysis and one lint result per configuration,
 * shared by diagnostics and code actions, and never served for another version or configuration;
 * and what one version reuses of the last (conclusions, citation resolutions) equals a fresh run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultCatalog } from '../../server/src/service/catalog/default';
import { resolvedCitations } from '../../server/src/service/citations/resolved';
import { itemConclusions } from '../../server/src/service/consistency/items';
import { createLanguageService, type DocumentLike } from '../../server/src/service/index';
import { repoRoot } from '../support/paths';
import { realLetters } from '../support/realLetters';

const letter = realLetters()[0]!.text;

function docOf(text: string, version = 1, uri = 'file:///cache/letter.txt'): DocumentLike {
  const languageId = uri.endsWith('.imr.md') ? 'imr' : 'plaintext';
  return { uri, version, languageId, getText: () => text };
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

describe('reuse between versions', () => {
  it('gives after every edit what a fresh service gives for the same text', () => {
    const letters = [
      ...realLetters().filter((_, i) => i % 16 === 0),
      ...['editor/determination.imr.md', 'rules/citation-unknown/known.imr.md'].map((name) => ({
        name,
        text: readFileSync(join(repoRoot, 'test', 'fixtures', name), 'utf8'),
      })),
    ];
    const pieces = [
      ' ',
      'x',
      '\n',
      '. ',
      'Page(s): 12',
      'Section(s): Opioids',
      'MTUS',
      'is not medically necessary.',
    ];
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat(12),
      insert: fc.constantFrom(...pieces),
      // Spaces at a line's end leave the joined text as it was and move the map: reuse must see it.
      atLineEnd: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...letters),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (letter, edits) => {
          const service = createLanguageService({ catalog: defaultCatalog() });
          let text = letter.text;
          const uri = letter.name.endsWith('.imr.md') ? 'file:///cache/draft.imr.md' : undefined;
          service.lint(docOf(text, 0, uri));
          edits.forEach((e, version) => {
            const at = Math.floor(e.at * text.length);
            const lineEnd = text.indexOf('\n', at);
            if (e.atLineEnd && lineEnd >= 0) text = `${text.slice(0, lineEnd)}  ${text.slice(lineEnd)}`;
            else text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            const d = docOf(text, version + 1, uri);
            const fresh = createLanguageService({ catalog: defaultCatalog() });
            assert.deepEqual(service.lint(d).findings, fresh.lint(d).findings);
            const a = service.analyze(d);
            const b = fresh.analyze(d);
            assert.deepEqual(
              a.items.map((item) => resolvedCitations(a, item)),
              b.items.map((item) => resolvedCitations(b, item)),
            );
            assert.deepEqual(
              a.determination.items.map((item) => itemConclusions(item)),
              b.determination.items.map((item) => itemConclusions(item)),
            );
          });
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe('reuse when only the map moved', () => {
  it('a field whose joined text stays the same but whose lines moved gets its citations read again', () => {
    let checked = 0;
    for (const letter of realLetters()) {
      const first = createLanguageService({ catalog: defaultCatalog() }).analyze(docOf(letter.text));
      // A line end inside a field, before one of its citations: spaces there are trimmed from the
      // joined text but move every later line of the field.
      const at = first.items
        .flatMap((ia) => ia.citations.map((c) => letter.text.lastIndexOf('\n', c.span.start)))
        .find((nl) =>
          first.items.some((ia) => ia.item.fields.some((f) => f.span.start < nl && nl < f.span.end)),
        );
      if (at === undefined || at < 0) continue;
      const service = createLanguageService({ catalog: defaultCatalog() });
      service.lint(docOf(letter.text, 1));
      const second = `${letter.text}\n`;
      service.lint(docOf(second, 2));
      const third = docOf(`${second.slice(0, at)}   ${second.slice(at)}`, 3);
      const fresh = createLanguageService({ catalog: defaultCatalog() });
      assert.deepEqual(service.lint(third).findings, fresh.lint(third).findings, letter.name);
      assert.deepEqual(
        service.analyze(third).items.map((ia) => ia.citations),
        fresh.analyze(third).items.map((ia) => ia.citations),
        letter.name,
      );
      checked++;
    }
    assert.ok(checked >= 5, `${checked} letters had a citation after a line end inside its field`);
  });
});
