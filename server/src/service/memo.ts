/**
 * What one version of a document computed that its next version may reuse: results of pure
 * functions of a string (a sentence's facts, a request's treatment kind). An edit then recomputes
 * only what it changed. Reuse is per document, version to version, never across documents, so it
 * cannot change a result and cannot make one document's numbers depend on another's.
 */
export class VersionMemo<T> {
  private readonly current = new Map<string, T>();
  private previous: ReadonlyMap<string, T> | undefined;

  /** A memo for the next version of the document `before` was made for. */
  constructor(before?: VersionMemo<T>) {
    this.previous = before?.current;
  }

  get(key: string, compute: () => T): T {
    if (this.current.has(key)) return this.current.get(key) as T;
    const value = this.previous?.has(key) ? (this.previous.get(key) as T) : compute();
    this.current.set(key, value);
    return value;
  }

  /** Drop the previous version's results once this version is complete (keep one generation). */
  seal(): void {
    this.previous = undefined;
  }
}
