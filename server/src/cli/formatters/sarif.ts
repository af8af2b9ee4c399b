/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it (docs/ci.md). Paths are relative to
 * the repository root under %SRCROOT%; suppressed findings appear with `suppressions` (inSource).
 */
import type { Severity } from '../../service/rules/types';
import { cliRules, docsPath, helpUri, type RuleInfo } from '../ruleInfo';
import type { CliFinding, Formatter } from './types';

const level: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};
const problemSeverity: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'recommendation',
};

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 1024);
}

function describe(rule: RuleInfo, homepage: string | undefined) {
  const severity = rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity;
  const uri = helpUri(rule.id, homepage);
  const markdown = `${rule.description}\n\n**Rationale:** ${rule.rationale}\n\nDocs: \`${docsPath(rule.id)}\``;
  return {
    id: rule.id,
    name: rule.id
      .split('-')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: rule.title },
    fullDescription: { text: firstLine(rule.description.replace(/\n/g, ' ')) },
    help: { text: `${rule.description}\n\nRationale: ${rule.rationale}`, markdown },
    ...(uri ? { helpUri: uri } : {}),
    defaultConfiguration: { level: level[severity], enabled: rule.defaultSeverity !== 'off' },
    properties: {
      precision: rule.precision,
      tags: ['imr', rule.category],
      'problem.severity': problemSeverity[severity],
    },
  };
}

function result(f: CliFinding, uri: string, ruleIndex: number) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: level[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: f.fingerprint },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
  };
}

export function sarifFormatter(homepage: string | undefined): Formatter {
  return (results, context) => {
    const rules = cliRules.map((r) => describe(r, homepage));
    const index = new Map(cliRules.map((r, i) => [r.id, i]));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'imr-lint',
              version: context.toolVersion,
              semanticVersion: context.toolVersion,
              ...(homepage ? { informationUri: homepage } : {}),
              rules,
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: context.rootUri } },
          results: results.flatMap((r) =>
            r.findings.map((f) => result(f, uriOf(r.repoPath), index.get(f.ruleId) ?? -1)),
          ),
          columnKind: 'utf16CodeUnits',
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  };
}

/** A relative URI reference: each segment percent-encoded, so a ':' cannot read as a scheme. */
function uriOf(repoPath: string): string {
  return repoPath.split('/').map(encodeURIComponent).join('/');
}
