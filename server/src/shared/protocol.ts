/**
 * Custom requests and notifications between the extension and the server, declared once and
 * compiled into both. Everything here is about the reviewer's own document; no letter text in logs.
 */
import type { Position } from 'vscode-languageserver-types';

/**
 * A request's method with its parameter and result types. Plain data rather than jsonrpc's
 * RequestType, because the client and server libraries pin different jsonrpc versions whose classes
 * do not type-check against each other.
 */
export interface Request<P, R> {
  readonly method: string;
  /** Never set; carries the types. */
  readonly types?: { readonly params: P; readonly result: R };
}

export interface Notification<P> {
  readonly method: string;
  readonly types?: { readonly params: P };
}

const request = <P, R>(method: string): Request<P, R> => ({ method });
const notification = <P>(method: string): Notification<P> => ({ method });

export interface DocumentPositionParams {
  readonly uri: string;
  readonly position: Position;
}

/** Client -> server: "IMR: Import published letter". The `.imr.md` text for an open letter. */
export const ImportLetterRequest = request<{ readonly uri: string }, { readonly text: string }>(
  'imr/importLetter',
);

/** Client -> server: "IMR: New determination". The skeleton of a new `.imr.md` file. */
export const NewDeterminationRequest = request<Record<string, never>, { readonly text: string }>(
  'imr/newDetermination',
);

/** Client -> server: "IMR: Insert criteria checklist for this item". Null when the catalog knows none. */
export const CriteriaChecklistRequest = request<DocumentPositionParams, { readonly text: string } | null>(
  'imr/criteriaChecklist',
);

/** Client -> server: "IMR: Show guideline for the citation under the cursor". Markdown, or null. */
export const GuidelineAtRequest = request<
  DocumentPositionParams,
  { readonly title: string; readonly markdown: string } | null
>('imr/guidelineAt');

/** Client -> server: check this `.txt` letter although `imr.lintPlainText` is off ("IMR: Check this letter"). */
export const CheckLetterNotification = notification<{ readonly uri: string }>('imr/checkLetter');

export interface DocumentStatus {
  readonly uri: string;
  /** Unsuppressed findings in the document. */
  readonly findings: number;
  readonly catalogVersion: string;
}

/** Server -> client, after each check: feeds the language status item. */
export const StatusNotification = notification<DocumentStatus>('imr/status');

/** Server -> client, once the server answers requests; tests wait on it instead of sleeping. */
export const ReadyNotification = notification<{ readonly version: string }>('imr/ready');

/**
 * Node options the extension starts the server with (and the benchmarks too, so they measure the
 * server as users run it). A small young generation keeps resident memory under 100 MB with 200
 * letters open at about the same latency (docs/benchmarks.md).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];

/**
 * Environment the extension adds when it starts the server (the benchmarks too). glibc gives every
 * thread that calls malloc an arena of its own and keeps what was freed in it; V8's compiler and GC
 * threads each kept theirs, about 10 MB of resident memory with 200 letters open that the heap no
 * longer used. Two arenas measured 97 MB instead of 107, with the same CPU time per edit
 * (docs/benchmarks.md). Only glibc reads it; elsewhere it changes nothing.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
