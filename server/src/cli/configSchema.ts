/**
 * The JSON Schema of `.imr-lint.json`, built from the rule registry so that rule ids, severities and
 * per-rule options can never drift from the code. scripts/gen-schema.mjs writes it to
 * schemas/imr-lint.schema.json (for editors); the CLI validates configurations against the same object.
 */
import type { AnyRule } from '../service/rules/types';

export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

function ruleSetting(rule: AnyRule): Record<string, unknown> {
  const options = { type: 'object', ...rule.optionsSchema };
  return {
    description: `${rule.title}. Default: ${rule.defaultSeverity}.`,
    anyOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', minItems: 1, maxItems: 2, items: [{ $ref: '#/definitions/severity' }, options] },
    ],
  };
}

export function configSchema(rules: readonly AnyRule[]): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(rules.map((r) => [r.id, ruleSetting(r)]));
  const rulesObject = {
    type: 'object',
    description: 'Rule severities, and options: "warning" or ["warning", { ...options }].',
    properties: ruleProperties,
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'imr-lint.schema.json',
    title: 'imr-lint configuration (.imr-lint.json)',
    description: 'Generated from the rule registry by scripts/gen-schema.mjs. Do not edit by hand.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configurations in parent folders.' },
      rules: rulesObject,
      overrides: {
        type: 'array',
        description: 'Settings for the files that match, relative to this configuration file.',
        items: {
          type: 'object',
          properties: {
            files: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
            rules: rulesObject,
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
      catalogFiles: {
        type: 'array',
        description:
          'Team guideline catalog files (JSON), relative to this configuration file; later files win.',
        items: { type: 'string', minLength: 1 },
      },
    },
    additionalProperties: false,
    definitions: { severity: { enum: [...SEVERITIES] } },
  };
}
