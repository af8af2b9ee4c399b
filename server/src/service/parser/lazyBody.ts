/**
 * A section's body, joined on first use. Why: nothing in the product reads a section's body (the
 * summary and the items are read apart), yet joining every section when reading copied most of the
 * letter once more into each Determination the language server keeps (about a third of its size).
 * The body is a pure function of the document's text, so joining it later gives exactly the text and
 * map joining it at once would; it is joined at most once and then kept like any other field.
 */
import type { MappedText } from '../model/mappedText';
import type { Section } from '../model/types';

export function withLazyBody(section: Omit<Section, 'body'>, join: () => MappedText): Section {
  let body: MappedText | undefined;
  return Object.defineProperty({ ...section }, 'body', {
    enumerable: true,
    get: () => {
      body ??= join();
      return body;
    },
  }) as Section;
}
