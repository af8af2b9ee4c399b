/**
 * The `imr.*` settings, as the client reads them for one resource and hands them to the server
 * (workspace/configuration). Data only: nothing here is ever evaluated.
 */
import type { RuleSetting } from '../service/config';

/** The configuration section the extension contributes. */
export const SETTINGS_SECTION = 'imr';

export interface Settings {
  /** Severity (and options) per rule id, as in `.imr-lint.json`. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Extra catalog files (JSON), relative to the workspace folder. */
  readonly catalogFiles: readonly string[];
  /** Check every `*.txt` file as a published letter. */
  readonly lintPlainText: boolean;
  /** How long to wait after the last keystroke before checking, in milliseconds. */
  readonly debounceMs: number;
}

export const defaultSettings: Settings = {
  rules: {},
  catalogFiles: [],
  lintPlainText: false,
  debounceMs: 200,
};

const severities = new Set(['error', 'warning', 'info', 'off']);

/** Settings from untrusted JSON: whatever is malformed falls back to the default, never throws. */
export function normalizeSettings(raw: unknown): Settings {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, RuleSetting> = {};
  if (o.rules !== null && typeof o.rules === 'object') {
    for (const [id, value] of Object.entries(o.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && severities.has(value)) rules[id] = value as RuleSetting;
      else if (Array.isArray(value) && severities.has(value[0])) rules[id] = value as unknown as RuleSetting;
    }
  }
  const debounce =
    typeof o.debounceMs === 'number' && o.debounceMs >= 0 ? Math.min(o.debounceMs, 5000) : undefined;
  return {
    rules,
    catalogFiles: Array.isArray(o.catalogFiles) ? o.catalogFiles.filter((f) => typeof f === 'string') : [],
    lintPlainText: o.lintPlainText === true,
    debounceMs: debounce ?? defaultSettings.debounceMs,
  };
}
