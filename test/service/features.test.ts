/**
 * The editor features of the service on a hand-built model (the readers are written elsewhere):
 * outline, folding, diagnostics and code actions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/service/analysis';
import { emptyCatalog } from '../../server/src/service/catalog/catalog';
import { FIX_ALL_KIND, getCodeActions } from '../../server/src/service/features/codeActions';
import { toDiagnostics } from '../../server/src/service/features/diagnostics';
import { getFoldingRanges } from '../../server/src/service/features/folding';
import { getDocumentSymbols } from '../../server/src/service/features/symbols';
import { MappedText } from '../../server/src/service/model/mappedText';
import type { Determination, Item, Section } from '../../server/src/service/model/types';
import type { Finding } from '../../server/src/service/rules/types';

const text = [
  '---', // 0
  'case: CM00-0000001', // 1
  '---', // 2
  '# Clinical Case Summary', // 3
  'Synthetic summary.', // 4
  '# IMR Issues, Decisions and Rationales', // 5
  '## Drug A 10mg #30: Upheld', // 6
  'Decision rationale: Synthetic.', // 7
  '## Therapy x 8: Overturned', // 8
  'Decision rationale: Synthetic.', // 9
  '',
].join('\n');
const at = (s: string) => text.indexOf(s);
const lineSpan = (from: string, to: string | null) => ({ start: at(from), end: to ? at(to) : text.length });

function item(
  index: number,
  heading: string,
  request: string,
  decision: 'Upheld' | 'Overturned',
  next: string | null,
): Item {
  const start = at(heading);
  return {
    index,
    request: MappedText.slice(text, start + 3, start + 3 + request.length),
    decision: {
      value: decision,
      raw: decision,
      span: { start: text.indexOf(decision, start), end: text.indexOf(decision, start) + decision.length },
    },
    fields: [],
    headingSpan: { start, end: start + heading.length },
    span: lineSpan(heading, next),
  };
}

function section(kind: Section['kind'], title: string, next: string | null): Section {
  return {
    kind,
    title,
    headingSpan: { start: at(title) - 2, end: at(title) + title.length },
    span: lineSpan(`# ${title}`, next),
    body: MappedText.empty(0),
  };
}

const determination: Determination = {
  layout: 'imr-md',
  text,
  header: {},
  sections: [
    section('summary', 'Clinical Case Summary', '# IMR'),
    section('issues', 'IMR Issues, Decisions and Rationales', null),
  ],
  summary: null,
  items: [
    item(0, '## Drug A 10mg #30: Upheld', 'Drug A 10mg #30', 'Upheld', '## Therapy'),
    item(1, '## Therapy x 8: Overturned', 'Therapy x 8', 'Overturned', null),
  ],
  suppressions: [],
  problems: [],
};
const analysis = analyze(determination, emptyCatalog);
const uri = 'file:///t/a.imr.md';

test('the outline nests items, with their decisions, under the issues section', () => {
  const symbols = getDocumentSymbols(analysis);
  assert.deepEqual(
    symbols.map((s) => [s.name, s.children?.map((c) => [c.name, c.detail])]),
    [
      ['Clinical Case Summary', []],
      [
        'IMR Issues, Decisions and Rationales',
        [
          ['Drug A 10mg #30', 'Upheld'],
          ['Therapy x 8', 'Overturned'],
        ],
      ],
    ],
  );
});

test('front matter, sections and items fold', () => {
  const folds = getFoldingRanges(analysis).map((f) => [f.startLine, f.endLine]);
  assert.deepEqual(folds, [
    [0, 2],
    [3, 4],
    [5, 9],
    [6, 7],
    [8, 9],
  ]);
});

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'demo-rule',
  severity: 'warning',
  message: 'Demo finding.',
  span: { start: at('Decision rationale'), end: at('Decision rationale') + 8 },
  ...over,
});

test('diagnostics carry rule id, severity, docs link and related places; suppressed ones are left out', () => {
  const related = [{ span: lineSpan('Synthetic summary', '# IMR'), message: 'Documented here.' }];
  const [d, ...rest] = toDiagnostics(
    analysis,
    uri,
    [finding({ related }), finding({ suppressed: { reason: 'x', span: { start: 0, end: 0 } } })],
    {
      ruleDocsBase: 'file:///ext/docs/rules/',
    },
  );
  assert.equal(rest.length, 0);
  assert.equal(d?.code, 'demo-rule');
  assert.equal(d?.severity, 2);
  assert.equal(d?.codeDescription?.href, 'file:///ext/docs/rules/demo-rule.md');
  assert.deepEqual(d?.range.start, { line: 7, character: 0 });
  assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 4);
});

test('code actions: the rule fix, a suppression with a reason, and fix-all of safe fixes only', () => {
  const edit = (newText: string) => ({
    span: { start: at('Synthetic.'), end: at('Synthetic.') + 9 },
    newText,
  });
  const findings = [
    finding({ fixes: [{ title: 'Replace', edits: [edit('Fixed')], safe: true }] }),
    finding({ ruleId: 'other', fixes: [{ title: 'Risky', edits: [edit('Risky')], safe: false }] }),
  ];
  const range = analysis.lines.rangeOf(findings[0]!.span);
  const actions = getCodeActions(analysis, findings, { uri, range });
  assert.deepEqual(
    actions.map((a) => a.title),
    [
      'Replace',
      'Suppress demo-rule on this line (with a reason)',
      'Risky',
      'Suppress other on this line (with a reason)',
      'Fix all safe imr-lint findings',
    ],
  );
  const suppress = actions[1]?.edit?.changes?.[uri]?.[0];
  assert.equal(suppress?.newText, '<!-- imr-lint-disable-next-line demo-rule -- <reason> -->\n');
  assert.deepEqual(suppress?.range.start, { line: 7, character: 0 });
  const fixAll = getCodeActions(analysis, findings, { uri, range, only: ['source.fixAll'] });
  assert.equal(fixAll.length, 1);
  assert.equal(fixAll[0]?.kind, FIX_ALL_KIND);
  assert.deepEqual(
    fixAll[0]?.edit?.changes?.[uri]?.map((e) => e.newText),
    ['Fixed'],
  );
});

test('no suppression above YAML front matter on line 1', () => {
  const actions = getCodeActions(analysis, [finding({ span: { start: 0, end: 3 } })], {
    uri,
    range: analysis.lines.rangeOf({ start: 0, end: 3 }),
  });
  assert.deepEqual(actions, []);
});
