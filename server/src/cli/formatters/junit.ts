/**
 * `--format junit`: one <testsuite> per file, one <testcase> per item (disputed treatment) plus one
 * "Document" testcase for findings about the whole file; a <failure> per shown finding. Passing
 * testcases are emitted too, so dashboards show what was checked, not only what failed.
 */
import type { CliFinding, FileResult, Formatter } from './types';
import { shown } from './types';

/** XML 1.0 text: escape markup and drop characters XML cannot carry at all. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function testcase(className: string, name: string, findings: readonly CliFinding[]): string {
  const open = `    <testcase classname="${xmlEscape(className)}" name="${xmlEscape(name)}" time="0"`;
  if (findings.length === 0) return `${open}/>`;
  const failures = findings.map(
    (f) =>
      `      <failure type="${xmlEscape(f.ruleId)}" message="${xmlEscape(f.message)}">${xmlEscape(
        `${f.severity} ${f.ruleId} at line ${f.line}, column ${f.column}: ${f.message}`,
      )}</failure>`,
  );
  return [`${open}>`, ...failures, '    </testcase>'].join('\n');
}

function suite(result: FileResult): { xml: string; failing: number } {
  const findings = shown(result);
  const itemIds = new Set(result.items.map((i) => i.index));
  const forItem = (index: number) => findings.filter((f) => f.itemIndex === index);
  const general = findings.filter((f) => f.itemIndex === undefined || !itemIds.has(f.itemIndex));
  const cases = [
    testcase(result.filePath, 'Document', general),
    ...result.items.map((item) => testcase(result.filePath, item.name, forItem(item.index))),
  ];
  const failing =
    (general.length > 0 ? 1 : 0) + result.items.filter((i) => forItem(i.index).length > 0).length;
  const xml = [
    `  <testsuite name="${xmlEscape(result.filePath)}" tests="${cases.length}" failures="${failing}" errors="0" skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { xml, failing };
}

export const formatJunit: Formatter = (results) => {
  const suites = results.map(suite);
  const tests = results.reduce((n, r) => n + 1 + r.items.length, 0);
  const failures = suites.reduce((n, s) => n + s.failing, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="imr-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
};
