/**
 * Code actions: the quick fixes rules offer, "suppress with a reason" for any finding, and fix-all
 * (`source.fixAll.imr`), which applies only fixes marked safe.
 */
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Edit, Finding, Fix } from '../rules/types';
import { toDiagnostics } from './diagnostics';

/** The fix-all kind editors ask for on save (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.imr`;

/** What the suppression asks the reviewer to fill in: a suppression without a reason is a finding. */
export const SUPPRESSION_REASON_PLACEHOLDER = '<reason>';

export interface CodeActionRequest {
  readonly uri: string;
  readonly range: Range;
  /** Kinds the editor asked for; all when absent. */
  readonly only?: readonly string[];
}

export function getCodeActions(
  analysis: Analysis,
  findings: readonly Finding[],
  request: CodeActionRequest,
): CodeAction[] {
  const live = findings.filter((f) => !f.suppressed);
  const span = analysis.lines.spanOf(request.range);
  const here = live.filter((f) => f.span.start <= span.end && f.span.end >= span.start);
  const actions: CodeAction[] = [];
  if (wants(request.only, CodeActionKind.QuickFix)) {
    for (const finding of here) {
      const diagnostic = toDiagnostics(analysis, request.uri, [finding])[0]!;
      for (const fix of finding.fixes ?? []) actions.push(quickFix(analysis, request.uri, fix, diagnostic));
      const suppress = suppressAction(analysis, request.uri, finding, diagnostic);
      if (suppress) actions.push(suppress);
    }
  }
  if (wants(request.only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(analysis, request.uri, live);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Kinds are hierarchical: asking for `source` or `source.fixAll` includes `source.fixAll.imr`. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function textEdits(analysis: Analysis, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: analysis.lines.rangeOf(e.span), newText: e.newText }));
}

function quickFix(analysis: Analysis, uri: string, fix: Fix, diagnostic: Diagnostic): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.safe,
    edit: { changes: { [uri]: textEdits(analysis, fix.edits) } },
  };
}

/** Inserts `<!-- imr-lint-disable-next-line <rule> -- <reason> -->` above the finding's line. */
function suppressAction(
  analysis: Analysis,
  uri: string,
  finding: Finding,
  diagnostic: Diagnostic,
): CodeAction | null {
  const { lines, determination } = analysis;
  const line = lines.positionAt(finding.span.start).line;
  // A comment above line 0 would push YAML front matter off the first line and break it.
  if (line === 0 && determination.text.startsWith('---')) return null;
  const start = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(determination.text.slice(start, lines.lineEnd(line)))?.[0] ?? '';
  const newText = `${indent}<!-- imr-lint-disable-next-line ${finding.ruleId} -- ${SUPPRESSION_REASON_PLACEHOLDER} -->\n`;
  const at = { line, character: 0 };
  return {
    title: `Suppress ${finding.ruleId} on this line (with a reason)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText }] } },
  };
}

/** Every safe fix, skipping any that overlaps one already taken, in one edit. */
function fixAllAction(analysis: Analysis, uri: string, findings: readonly Finding[]): CodeAction | null {
  const taken: Edit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      if (!fix.safe) continue;
      const clashes = fix.edits.some((e) =>
        taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end),
      );
      if (!clashes) taken.push(...fix.edits);
      break;
    }
  }
  if (taken.length === 0) return null;
  return {
    title: 'Fix all safe imr-lint findings',
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: textEdits(analysis, taken) } },
  };
}
