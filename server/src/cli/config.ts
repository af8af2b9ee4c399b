/**
 * `.imr-lint.json` discovery and merging (docs/cli.md, "Configuration"). Configuration is data: files
 * are parsed as JSON with comments and validated against the generated schema, never executed.
 *
 * Lookup starts in each linted file's folder and walks up, stopping after a folder that holds .git
 * (the repository root) or a configuration with `"root": true`. Farther configurations apply first, so
 * nearer ones override them; within one configuration, `rules` apply before its matching `overrides`.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { findNodeAtLocation, type ParseError, parse, parseTree, printParseErrorCode } from 'jsonc-parser';
import picomatch from 'picomatch';
import type { RuleSetting } from '../service/config';
import { LineIndex } from '../service/model/lineIndex';
import { allRules } from '../service/rules/index';
import { configSchema } from './configSchema';

export const CONFIG_NAME = '.imr-lint.json';

/** A configuration problem: exit 2, message names the file and position. */
export class ConfigError extends Error {}

interface ConfigFile {
  readonly file: string;
  readonly root: boolean;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly overrides: readonly {
    readonly match: (relative: string) => boolean;
    readonly rules: Readonly<Record<string, RuleSetting>>;
  }[];
  /** Absolute paths. */
  readonly catalogFiles: readonly string[];
}

/** The configuration in force for one file. */
export interface ResolvedConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Absolute paths, in order of precedence (later wins). */
  readonly catalogFiles: readonly string[];
  /** The configuration files that applied, farthest first. */
  readonly configFiles: readonly string[];
}

export type ConfigMode = { kind: 'lookup' } | { kind: 'file'; file: string } | { kind: 'none' };

/** Compiled on first use: most runs (and every editor session without a config file) never need it. */
let validator: ValidateFunction | undefined;
const validate = () => {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema(allRules));
  return validator;
};

function where(file: string, text: string, offset: number): string {
  const p = new LineIndex(text).positionAt(offset);
  return `${file}:${p.line + 1}:${p.character + 1}`;
}

/** Reads and validates one configuration file; throws ConfigError. */
export function loadConfigFile(file: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `${file}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  const errors: ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const e = errors[0]!;
    throw new ConfigError(`${where(file, text, e.offset)}: invalid JSON (${printParseErrorCode(e.error)}).`);
  }
  if (!validate()(data)) throw new ConfigError(describeSchemaError(file, text, validate().errors ?? []));
  const config = data as {
    root?: boolean;
    rules?: Record<string, RuleSetting>;
    overrides?: { files: string[]; rules?: Record<string, RuleSetting> }[];
    catalogFiles?: string[];
  };
  const dir = path.dirname(file);
  return {
    file,
    root: config.root === true,
    rules: config.rules ?? {},
    overrides: (config.overrides ?? []).map((o) => ({
      match: picomatch(o.files, { dot: true }),
      rules: o.rules ?? {},
    })),
    catalogFiles: (config.catalogFiles ?? []).map((c) => path.resolve(dir, c)),
  };
}

interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: Record<string, unknown>;
}

function describeSchemaError(file: string, text: string, errors: readonly AjvError[]): string {
  // The deepest error is the most specific; anyOf's summary error says least.
  const candidates = errors.filter((e) => e.keyword !== 'anyOf');
  const error =
    [...candidates].sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ?? errors[0]!;
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const tree = parseTree(text);
  const node = tree ? findNodeAtLocation(tree, segments) : undefined;
  const parent = segments[segments.length - 1];
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    const keyNode = node?.children?.find((c) => c.children?.[0]?.value === key)?.children?.[0];
    const at = where(file, text, keyNode?.offset ?? node?.offset ?? 0);
    return parent === 'rules'
      ? `${at}: unknown rule id "${key}" (imr-lint rules lists them).`
      : `${at}: unknown setting "${key}".`;
  }
  const at = where(file, text, node?.offset ?? 0);
  const isRuleSetting = segments.length >= 2 && segments[segments.length - 2] === 'rules';
  const isSeverity =
    isRuleSetting || (segments.length >= 3 && segments[segments.length - 3] === 'rules' && parent === 0);
  if (isSeverity)
    return `${at}: bad setting for rule "${isRuleSetting ? parent : segments[segments.length - 2]}": use error, warning, info or off, or [severity, { options }].`;
  return `${at}: ${error.instancePath || '/'} ${error.message ?? 'is not valid'}.`;
}

/**
 * Resolves the configuration of files, caching each folder's configuration file and each folder's
 * chain. A chain depends only on the folder (which configuration files and .git lie at or above it),
 * so files in one folder share it; like the files themselves, it is read once per resolver (the
 * server makes a new resolver when configuration changes). Both maps hold one entry per folder seen.
 */
export class ConfigResolver {
  private readonly files = new Map<string, ConfigFile | null>();
  private readonly chains = new Map<string, readonly ConfigFile[]>();

  constructor(private readonly mode: ConfigMode) {}

  private configIn(dir: string): ConfigFile | null {
    let config = this.files.get(dir);
    if (config === undefined) {
      const file = path.join(dir, CONFIG_NAME);
      config = existsSync(file) ? loadConfigFile(file) : null;
      this.files.set(dir, config);
    }
    return config;
  }

  /** Farthest first. */
  private chain(file: string): readonly ConfigFile[] {
    if (this.mode.kind === 'none') return [];
    // --config names any file, not only .imr-lint.json, and it alone applies.
    if (this.mode.kind === 'file') return [this.named(this.mode.file)];
    const start = path.dirname(file);
    let chain = this.chains.get(start);
    if (!chain) {
      chain = this.lookUp(start);
      this.chains.set(start, chain);
    }
    return chain;
  }

  private lookUp(start: string): ConfigFile[] {
    const chain: ConfigFile[] = [];
    for (let dir = start; ; ) {
      const config = this.configIn(dir);
      if (config) chain.unshift(config);
      if (config?.root || existsSync(path.join(dir, '.git'))) break;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return chain;
  }

  private named(file: string): ConfigFile {
    let config = this.files.get(`named:${file}`);
    if (!config) {
      config = loadConfigFile(file);
      this.files.set(`named:${file}`, config);
    }
    return config;
  }

  forFile(file: string): ResolvedConfig {
    const rules: Record<string, RuleSetting> = {};
    const catalogFiles: string[] = [];
    const chain = this.chain(file);
    for (const config of chain) {
      Object.assign(rules, config.rules);
      const relative = path.relative(path.dirname(config.file), file).split(path.sep).join('/');
      for (const o of config.overrides) if (o.match(relative)) Object.assign(rules, o.rules);
      catalogFiles.push(...config.catalogFiles);
    }
    return { rules, catalogFiles, configFiles: chain.map((c) => c.file) };
  }
}
