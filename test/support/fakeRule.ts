/** A rule made up for a test of the engine or the CLI: every field a registered rule has, named `id`. */
import type { Rule } from '../../server/src/service/rules/types';

export function fakeRule<Options>(
  id: string,
  check: Rule<Options>['check'],
  more: { readonly fixable?: boolean; readonly defaultOptions?: Options } = {},
): Rule<Options> {
  return {
    id,
    category: 'structure',
    title: id,
    description: id,
    rationale: id,
    defaultSeverity: 'warning',
    precision: 'high',
    fixable: more.fixable ?? false,
    optionsSchema: {},
    defaultOptions: more.defaultOptions ?? ({} as Options),
    invalid: [],
    valid: [],
    check,
  };
}
