/**
 * Linting one file: read, lint, fix (looping until stable), and turn findings into plain data. The
 * same function runs in the main thread and in worker threads, and depends only on its task, so the
 * output does not depend on which thread ran it.
 */
import { hash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { defaultCatalog, teamCatalog } from '../service/catalog/default';
import type { RuleSetting } from '../service/config';
import { applySafeFixes } from '../service/fix';
import { createLanguageService, type DocumentLike, type LanguageService } from '../service/index';
import { lint } from '../service/lint';
import type { LineIndex } from '../service/model/lineIndex';
import { allRules } from '../service/rules/index';
import type { AnyRule, Finding } from '../service/rules/types';
import { writeFileAtomic } from './atomicWrite';
import { unifiedDiff } from './diff';
import { loadDocument } from './document';
import type { CliFinding, CliItem, FileResult } from './formatters/types';
import { FILE_UNREADABLE, ruleInfo } from './ruleInfo';

export type FixMode = 'off' | 'write' | 'dry-run';

/** Everything one file needs; plain data, so it can be posted to a worker. */
export interface LintTask {
  readonly file: string;
  readonly filePath: string;
  readonly repoPath: string;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly catalogFiles: readonly string[];
  readonly fix: FixMode;
  readonly redact: boolean;
  readonly stats: boolean;
}

export interface TaskOutcome {
  readonly result: FileResult;
  /** `--fix-dry-run`: the unified diff of what would change ('' when nothing would). */
  readonly diff: string;
  readonly fixesApplied: number;
  /** `--stats`: milliseconds per rule on this file. */
  readonly ruleTimes: Readonly<Record<string, number>>;
  /** Rules that threw on this file, by id. */
  readonly ruleFailures: readonly string[];
  /** `--fix`: why the fixed text could not be written (no letter text). */
  readonly writeError?: string;
}

const MAX_FIX_PASSES = 10;

/** One service per set of team catalogs; a service caches nothing between files here (we forget). */
export class ServicePool {
  private readonly services = new Map<string, LanguageService>();

  get(catalogFiles: readonly string[]): LanguageService {
    const key = catalogFiles.join('\n');
    let service = this.services.get(key);
    if (!service) {
      // Checked by the main thread before any file is linted (loadTeamCatalogs), so this cannot fail.
      const team = catalogFiles.map((f) => ({
        name: f,
        data: JSON.parse(readFileSync(f, 'utf8')) as unknown,
      }));
      service = createLanguageService({
        catalog: team.length ? teamCatalog(team).catalog : defaultCatalog(),
      });
      this.services.set(key, service);
    }
    return service;
  }
}

/** `rules` is for tests (a rule with a fix); the CLI always runs the registry. */
export function lintTask(
  task: LintTask,
  pool: ServicePool,
  rules: readonly AnyRule[] = allRules,
): TaskOutcome {
  const loaded = loadDocument(task.file);
  if (!loaded.ok) {
    const finding: CliFinding = {
      ruleId: FILE_UNREADABLE,
      severity: 'error',
      message: loaded.error,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      fingerprint: `${fingerprint(FILE_UNREADABLE, undefined, '')}:1`,
    };
    return {
      result: { ...names(task), findings: [finding], items: [] },
      diff: '',
      fixesApplied: 0,
      ruleTimes: {},
      ruleFailures: [],
    };
  }
  const service = pool.get(task.catalogFiles);
  const config = { rules: task.rules };
  const ruleTimes: Record<string, number> = {};
  const onRuleTime = (id: string, ms: number) => {
    ruleTimes[id] = (ruleTimes[id] ?? 0) + ms;
  };
  const hooks = task.stats ? { onRuleTime } : {};
  const original = loaded.document.getText();
  let text = original;
  let fixesApplied = 0;
  const run = (version: number) => {
    const document: DocumentLike = { ...loaded.document, version, getText: () => text };
    const analysis = service.analyze(document);
    const result = lint(analysis, config, rules, hooks);
    service.forget(document.uri);
    return { analysis, result };
  };
  let pass = run(0);
  for (let i = 1; task.fix !== 'off' && i <= MAX_FIX_PASSES; i++) {
    const outcome = applySafeFixes(text, pass.result.findings);
    if (outcome.applied === 0 || outcome.text === text) break;
    fixesApplied += outcome.applied;
    text = outcome.text;
    pass = run(i);
  }
  let diff = '';
  let writeError: string | undefined;
  if (text !== original) {
    const bom = loaded.bom ? '\uFEFF' : '';
    if (task.fix === 'write') {
      try {
        // Through a symbolic link to its target: renaming over the link would replace it with a copy.
        writeFileAtomic(realpathSync(task.file), bom + text);
      } catch (error) {
        writeError = `cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? 'error'}); it was left unchanged.`;
      }
    } else if (task.redact) {
      // A diff is letter text; with --redact say only that the file would change.
      diff = `${task.filePath}: ${fixesApplied} fix(es) would change this file (diff hidden by --redact).\n`;
    } else {
      diff = unifiedDiff(task.filePath, original, text);
    }
  }
  const lines = pass.analysis.lines;
  const findings = toCliFindings(pass.result.findings, text, lines, task.redact);
  const items: CliItem[] = pass.analysis.determination.items.map((item) => ({
    index: item.index,
    name: task.redact ? `Item ${item.index + 1}` : `Item ${item.index + 1}: ${oneLine(item.request.text)}`,
  }));
  return {
    result: { ...names(task), findings, items },
    diff,
    fixesApplied,
    ruleTimes,
    ruleFailures: pass.result.ruleFailures.map((f) => f.ruleId),
    ...(writeError ? { writeError } : {}),
  };
}

function names(task: LintTask) {
  return { filePath: task.filePath, repoPath: task.repoPath };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

function toCliFindings(
  findings: readonly Finding[],
  text: string,
  lines: LineIndex,
  redact: boolean,
): CliFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const range = lines.rangeOf(f.span);
    const lineText = text.slice(lines.lineStart(range.start.line), lines.lineEnd(range.start.line));
    const base = fingerprint(f.ruleId, f.itemIndex, lineText);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const line = range.start.line + 1;
    const column = range.start.character + 1;
    const where = `${f.itemIndex !== undefined ? `item ${f.itemIndex + 1}, ` : ''}line ${line}, column ${column}`;
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: redact ? `${ruleInfo(f.ruleId)?.title ?? f.ruleId} (${where}).` : f.message,
      line,
      column,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
      ...(f.itemIndex !== undefined ? { itemIndex: f.itemIndex } : {}),
      ...(f.suppressed
        ? {
            suppressed: {
              reason: redact ? 'Reason given in the document (redacted).' : f.suppressed.reason,
              line: lines.positionAt(f.suppressed.span.start).line + 1,
            },
          }
        : {}),
      fingerprint: `${base}:${n}`,
    };
  });
}

/** Hash of rule id, item and the finding's line with whitespace normalised: survives edits elsewhere. */
function fingerprint(ruleId: string, itemIndex: number | undefined, lineText: string): string {
  const normalised = lineText.replace(/\s+/g, ' ').trim();
  // crypto.hash (Node 20.12+; engines asks for 20.19): the same SHA-256 hex digest as
  // createHash().update().digest('hex'), about half the cost for strings this short.
  return hash('sha256', `${ruleId}\0${itemIndex ?? ''}\0${normalised}`, 'hex').slice(0, 16);
}
