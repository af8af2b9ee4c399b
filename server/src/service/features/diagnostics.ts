/**
 * Findings as LSP diagnostics. Pure: the caller says where the rule docs live (the server ships them
 * next to its bundle), so a diagnostic's code links to its rule's page.
 */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Finding, Severity } from '../rules/types';

export interface DiagnosticOptions {
  /** URI of the folder holding `<rule-id>.md` pages, ending in `/`; no links when absent. */
  readonly ruleDocsBase?: string;
}

/** Every diagnostic carries this source, so editors can group and filter them. */
export const DIAGNOSTIC_SOURCE = 'imr-lint';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What code actions need to find the finding a diagnostic came from again. */
export interface DiagnosticData {
  readonly ruleId: string;
}

export function toDiagnostics(
  analysis: Analysis,
  uri: string,
  findings: readonly Finding[],
  options: DiagnosticOptions = {},
): Diagnostic[] {
  const lines = analysis.lines;
  // Suppressed findings stay in the lint result (SARIF shows them) but not in the editor.
  return findings
    .filter((f) => !f.suppressed)
    .map((f) => {
      const diagnostic: Diagnostic = {
        range: lines.rangeOf(f.span),
        severity: severities[f.severity],
        source: DIAGNOSTIC_SOURCE,
        code: f.ruleId,
        message: f.message,
        data: { ruleId: f.ruleId } satisfies DiagnosticData,
      };
      if (options.ruleDocsBase)
        diagnostic.codeDescription = { href: `${options.ruleDocsBase}${f.ruleId}.md` };
      if (f.related?.length) {
        diagnostic.relatedInformation = f.related.map((r) => ({
          location: { uri, range: lines.rangeOf(r.span) },
          message: r.message,
        }));
      }
      return diagnostic;
    });
}
