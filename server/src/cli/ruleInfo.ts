/**
 * Rules as the CLI describes them: the service's registry plus `file-unreadable`, which only the CLI
 * reports (the service never reads files).
 */

import { byCodeUnits } from '../service/order';
import { allRules } from '../service/rules/index';
import type { AnyRule } from '../service/rules/types';

export type RuleInfo = Pick<
  AnyRule,
  'id' | 'category' | 'title' | 'description' | 'rationale' | 'defaultSeverity' | 'precision' | 'fixable'
>;

export const FILE_UNREADABLE = 'file-unreadable';

const fileUnreadable: RuleInfo = {
  id: FILE_UNREADABLE,
  category: 'structure',
  title: 'The file could not be read',
  description:
    'The file is missing, a folder, empty, binary (it contains NUL bytes) or larger than the size limit. Other files are still linted.',
  rationale: 'A file that cannot be read cannot be checked.',
  defaultSeverity: 'error',
  precision: 'very-high',
  fixable: false,
};

export const cliRules: readonly RuleInfo[] = [...allRules, fileUnreadable].sort((a, b) =>
  byCodeUnits(a.id, b.id),
);

const byId = new Map(cliRules.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}

/** Where a rule's docs page lives, relative to the repository. */
export function docsPath(id: string): string {
  return id === FILE_UNREADABLE ? 'docs/cli.md#file-unreadable' : `docs/rules/${id}.md`;
}

/**
 * An absolute address for a rule's docs, from package.json's `homepage` (a repository address), or
 * undefined when the package names none: SARIF's helpUri must be absolute, and a guessed host is worse
 * than none.
 */
export function helpUri(id: string, homepage: string | undefined): string | undefined {
  if (!homepage || !/^https:\/\//.test(homepage)) return undefined;
  return `${homepage.replace(/\/+$/, '')}/blob/main/${docsPath(id)}`;
}
