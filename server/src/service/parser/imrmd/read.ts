/**
 * Reader for the `.imr.md` format (docs/format.md): front matter, sections, items, fields and
 * suppression comments. Linear in the length of the text; never throws on any input.
 */
import type { Determination, ParseProblem } from '../../model/types';
import { classifyLines } from './blocks';
import { readFrontMatter } from './frontMatter';
import { splitLines } from './lines';
import { buildStructure } from './structure';

export function readImrMd(text: string): Determination {
  const lines = splitLines(text);
  const front = readFrontMatter(text, lines);
  const blocks = classifyLines(text, lines, front.bodyLine);
  const structure = buildStructure(text, blocks.blocks);
  const problems: ParseProblem[] = [...front.problems, ...blocks.problems, ...structure.problems];
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return {
    layout: 'imr-md',
    text,
    header: front.header,
    sections: structure.sections,
    summary: structure.summary,
    items: structure.items,
    suppressions: blocks.suppressions,
    problems,
  };
}
