/** One way for tests to reach the service, so constructor changes touch one file. */
import { defaultCatalog } from '../../server/src/service/catalog/default';
import type { LintConfig } from '../../server/src/service/config';
import { createLanguageService, type DocumentLike } from '../../server/src/service/index';

export const service = createLanguageService({ catalog: defaultCatalog() });

let counter = 0;

/** A document with a fresh uri, `.imr.md` unless told otherwise. */
export function doc(text: string, languageId = 'imr', uri?: string): DocumentLike {
  counter++;
  return { uri: uri ?? `untitled:test-${counter}.imr.md`, version: 1, languageId, getText: () => text };
}

export function lintText(text: string, config?: LintConfig, languageId = 'imr') {
  const d = doc(text, languageId);
  const analysis = service.analyze(d);
  const result = service.lint(d, config);
  service.forget(d.uri);
  return { analysis, findings: result.findings, ruleFailures: result.ruleFailures };
}

/** Join lines with \n (fixtures read better as arrays). */
export const joinLines = (...lines: string[]) => lines.join('\n');
