/**
 * What every clinical finding carries: the guideline it comes from (page marked unconfirmed), related
 * information that points inside the document, and no run of letter text longer than a few words.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allRules } from '../../../server/src/service/rules/index';
import { lintText } from '../../support/service';

const MINE = new Set([
  'ancillary-of-denied',
  'benzodiazepine-duration',
  'esi-conservative-care',
  'esi-levels',
  'esi-radiculopathy',
  'esi-repeat-response',
  'facet-radicular',
  'imaging-indications',
  'muscle-relaxant-duration',
  'opioid-monitoring',
  'sleep-aid-duration',
  'tens-trial',
  'topical-compound',
  'visit-limits',
]);
const CLINICAL = allRules.filter((r) => MINE.has(r.id));
// ancillary-of-denied judges the letter against itself, not against a guideline.
const WITHOUT_GUIDELINE = new Set(['ancillary-of-denied']);

/** The longest run of words the message shares with the document. */
function longestSharedRun(message: string, document: string): number {
  const words = message.toLowerCase().match(/[a-z0-9%/-]+/g) ?? [];
  const doc = ` ${(document.toLowerCase().match(/[a-z0-9%/-]+/g) ?? []).join(' ')} `;
  let best = 0;
  for (let i = 0; i < words.length; i++) {
    let n = best + 1;
    while (i + n <= words.length && doc.includes(` ${words.slice(i, i + n).join(' ')} `)) n++;
    if (n - 1 > best && doc.includes(` ${words.slice(i, i + n - 1).join(' ')} `)) best = n - 1;
  }
  return best;
}

describe('clinical findings', () => {
  for (const rule of CLINICAL) {
    test(`${rule.id}: names its guideline, points inside the document, quotes little`, () => {
      for (const ex of rule.invalid) {
        const config = { rules: { [rule.id]: ['warning', ex.options ?? {}] } };
        const found = lintText(ex.code, config as never).findings.filter((f) => f.ruleId === rule.id);
        assert.equal(found.length, 1);
        assert.equal(CLINICAL.length, MINE.size);
        const f = found[0]!;
        if (!WITHOUT_GUIDELINE.has(rule.id)) {
          assert.match(f.message, /\b(?:MTUS|ODG|Official Disability Guidelines)\b/);
          if (/Page\(s\)|\bp\. ?\d/.test(f.message)) assert.match(f.message, /unconfirmed/);
        }
        assert.ok(f.itemIndex !== undefined, 'names its item');
        for (const r of f.related ?? []) {
          assert.ok(r.span.start >= 0 && r.span.end <= ex.code.length && r.span.start < r.span.end);
          assert.ok(r.message.length > 0);
        }
        // A request line may be named ("Diazepam 10mg #30"); a sentence of the letter may not. The
        // guideline's citation, in the closing parentheses, may be word for word the letter's.
        const prose = f.message.replace(/\([^()]*(?:\([^()]*\)[^()]*)*\)\.$/, '');
        assert.ok(longestSharedRun(prose, ex.code) <= 7, `${rule.id} quotes the letter`);
      }
    });
  }
});
