/**
 * The TextMate grammar, tokenized by the same vscode-textmate and oniguruma VS Code uses (taken from
 * the code-server that scripts/e2e/install.sh installs; skipped when it is not installed).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error plain .mjs helper without types
import { vscodeModules } from '../../scripts/e2e/paths.mjs';

const textmatePath = join(vscodeModules as string, 'vscode-textmate');
const onigPath = join(vscodeModules as string, 'vscode-oniguruma');
const skip = existsSync(textmatePath) ? false : 'vscode-textmate not installed (bash scripts/e2e/install.sh)';

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

async function tokenizer(): Promise<(text: string) => Token[][]> {
  const require = createRequire(import.meta.url);
  const textmate = require(textmatePath);
  const onig = require(onigPath);
  await onig.loadWASM(readFileSync(join(onigPath, 'release', 'onig.wasm')).buffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s: string[]) => new onig.OnigScanner(s),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scope: string) =>
      scope === 'text.imr'
        ? textmate.parseRawGrammar(
            readFileSync('syntaxes/imr.tmLanguage.json', 'utf8'),
            'imr.tmLanguage.json',
          )
        : null,
  });
  const grammar = await registry.loadGrammar('text.imr');
  return (text) => {
    let state = textmate.INITIAL;
    return text.split('\n').map((line) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      return r.tokens.map((t: { startIndex: number; endIndex: number; scopes: string[] }) => ({
        text: line.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
      }));
    });
  };
}

/** The innermost scopes of the token that is exactly `text` on line `line`. */
function scopesOf(lines: Token[][], line: number, text: string): readonly string[] {
  const token = lines[line]?.find((t) => t.text === text);
  assert.ok(token, `token ${JSON.stringify(text)} on line ${line}`);
  return token.scopes;
}

const document = [
  '---', //                                                                  0
  'case: CM00-0000001', //                                                   1
  '---', //                                                                  2
  '# Clinical Case Summary', //                                              3
  '## Diazepam 10mg #30: Upheld', //                                         4
  '## Physical therapy x 8: Overturned', //                                  5
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain, Page(s): 24-25.', // 6
  'Claims Administrator guideline: Decision based on ODG, Section(s): Opioids', // 7
  '<!-- imr-lint-disable-next-line citation-missing -- cited in the summary -->', // 8
  'Decision rationale: Not medically necessary.', //                         9
].join('\n');

test('the grammar scopes every part of a determination', { skip }, async () => {
  const lines = (await tokenizer())(document);
  assert.ok(scopesOf(lines, 1, 'case').includes('entity.name.tag.yaml.key.imr'));
  assert.ok(scopesOf(lines, 1, 'CM00-0000001').includes('meta.embedded.block.frontmatter.imr'));
  assert.ok(scopesOf(lines, 3, 'Clinical Case Summary').includes('entity.name.section.imr'));
  assert.ok(scopesOf(lines, 4, 'Upheld').includes('keyword.other.decision.upheld.imr'));
  assert.ok(scopesOf(lines, 4, 'Diazepam 10mg #30').includes('entity.name.function.request.imr'));
  assert.ok(scopesOf(lines, 5, 'Overturned').includes('keyword.other.decision.overturned.imr'));
  assert.ok(scopesOf(lines, 6, 'MAXIMUS guideline').includes('entity.name.tag.label.imr'));
  assert.ok(scopesOf(lines, 6, 'Page(s)').includes('keyword.other.citation.pages.imr'));
  assert.ok(scopesOf(lines, 6, '24-25').includes('constant.numeric.page.imr'));
  assert.ok(scopesOf(lines, 7, 'Opioids').includes('string.unquoted.section.imr'));
  assert.ok(
    scopesOf(lines, 8, 'imr-lint-disable-next-line').includes('keyword.control.directive.suppression.imr'),
  );
  assert.ok(scopesOf(lines, 8, 'citation-missing').includes('variable.other.rule-id.imr'));
  assert.ok(scopesOf(lines, 8, 'cited in the summary ').includes('string.unquoted.reason.imr'));
  assert.ok(scopesOf(lines, 9, 'Decision rationale').includes('entity.name.tag.label.imr'));
});
