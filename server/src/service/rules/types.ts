/**
 * What a rule is. One rule per file in this folder, exporting a `Rule`: its id, docs, default
 * severity, options and check live together, and everything else (registry, docs pages, JSON
 * schema, settings) is generated from it.
 */
import type { Analysis } from '../analysis';
import type { Span } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

export type RuleCategory = 'structure' | 'citation' | 'consistency' | 'clinical' | 'privacy' | 'suppression';

/** A text edit on the document's original text. */
export interface Edit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  /** Imperative, shown on the quick fix ("Cite page 24"). */
  readonly title: string;
  readonly edits: readonly Edit[];
  /** Safe for `--fix` and fix-all: it cannot change the meaning of the determination. */
  readonly safe: boolean;
}

/** Where else a finding points: the case summary sentence that documents a fact, the cited page. */
export interface RelatedInfo {
  readonly span: Span;
  readonly message: string;
}

/** What a rule reports. */
export interface Report {
  readonly span: Span;
  /** Says what was found and what the guideline expects; never more letter text than needed. */
  readonly message: string;
  /** The item the finding is about, when it is about one. */
  readonly itemIndex?: number;
  readonly related?: readonly RelatedInfo[];
  readonly fixes?: readonly Fix[];
}

/** A reported finding with its rule and effective severity. */
export interface Finding extends Report {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Set when an inline directive suppresses it; suppressed findings are kept for SARIF. */
  readonly suppressed?: { readonly reason: string; readonly span: Span };
}

export interface RuleContext<Options> {
  readonly analysis: Analysis;
  readonly options: Options;
  /** Ids of every registered rule (for rules about rule ids, such as suppressions). */
  readonly ruleIds: ReadonlySet<string>;
  report(report: Report): void;
}

/** One invalid or valid example from the rule's docs; both are run as tests. */
export interface RuleExample {
  /** A complete `.imr.md` document. */
  readonly code: string;
  /** Optional options for the example. */
  readonly options?: unknown;
  readonly note?: string;
}

export interface Rule<Options = Record<string, never>> {
  /** Stable kebab-case id, e.g. `citation-missing`. Configurations and suppressions name it. */
  readonly id: string;
  readonly category: RuleCategory;
  /** One line, sentence case, no final period. */
  readonly title: string;
  /** Markdown: what the rule checks and when it stays silent. */
  readonly description: string;
  /** Why the letter requirement exists (ends the docs page). */
  readonly rationale: string;
  readonly defaultSeverity: SeverityOrOff;
  /** How the rule is sure of itself; drives SARIF precision and the choice of default severity. */
  readonly precision: 'very-high' | 'high' | 'medium' | 'low';
  readonly fixable: boolean;
  /** JSON Schema of the options object (`{}` when none). */
  readonly optionsSchema: Readonly<Record<string, unknown>>;
  readonly defaultOptions: Options;
  /** Each must give exactly one finding of this rule. */
  readonly invalid: readonly RuleExample[];
  /** Each must give no finding of this rule. */
  readonly valid: readonly RuleExample[];
  check(context: RuleContext<Options>): void;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds rules of every option type
export type AnyRule = Rule<any>;
