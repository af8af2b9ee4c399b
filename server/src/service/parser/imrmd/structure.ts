/**
 * Builds sections, items and fields from classified lines. Level-1 headings open sections; level-2
 * headings in the issues section open items; a label opens a field that runs until the next label or
 * heading. Text of a field is joined with single spaces; a section's body keeps paragraph breaks.
 */
import type { MappedText } from '../../model/mappedText';
import type { Field, Item, ParseProblem, Section, SectionKind, Span } from '../../model/types';
import { withLazyBody } from '../lazyBody';
import type { Block } from './blocks';
import { readItemHeading, readPartial } from './items';
import { joinSpans } from './lines';

export interface Structure {
  readonly sections: readonly Section[];
  readonly items: readonly Item[];
  readonly summary: MappedText | null;
  readonly problems: readonly ParseProblem[];
}

const SECTION_TITLES: Readonly<Record<string, SectionKind>> = {
  'clinical case summary': 'summary',
  'imr issues, decisions and rationales': 'issues',
  issues: 'issues',
  'how the imr final determination was made': 'how-made',
};

export function sectionKind(title: string): SectionKind {
  return SECTION_TITLES[title.toLowerCase().split(/\s+/).join(' ')] ?? 'other';
}

interface Open {
  readonly start: number;
  end: number;
  readonly spans: (Span | null)[];
}
interface OpenSection extends Open {
  readonly kind: SectionKind;
  readonly title: string;
  readonly headingSpan: Span;
}
interface OpenItem extends Open {
  readonly headingSpan: Span;
  readonly heading: ReturnType<typeof readItemHeading>;
  readonly fields: Field[];
}
interface OpenField extends Open {
  readonly block: Extract<Block, { type: 'label' }>;
}

export function buildStructure(text: string, blocks: readonly Block[]): Structure {
  const sections: Section[] = [];
  const items: Item[] = [];
  const problems: ParseProblem[] = [];
  let section: OpenSection | null = null;
  let item: OpenItem | null = null;
  let field: OpenField | null = null;
  let outsideReported = false;
  const problem = (code: string, message: string, span: Span) => problems.push({ code, message, span });

  const closeField = () => {
    if (!field || !item) return;
    const { block } = field;
    item.fields.push({
      kind: block.kind,
      label: block.label,
      labelSpan: block.labelSpan,
      text: joinSpans(text, field.spans, ' ', block.content.start),
      span: { start: field.start, end: field.end },
    });
    field = null;
  };
  const closeItem = () => {
    closeField();
    if (!item) return;
    items.push(finishItem(text, item, items.length, problem));
    item = null;
  };
  const closeSection = () => {
    closeItem();
    if (!section) return;
    const { spans, headingSpan } = section;
    sections.push(
      withLazyBody(
        {
          kind: section.kind,
          title: section.title,
          headingSpan,
          span: { start: section.start, end: section.end },
        },
        joinLater(text, spans, headingSpan.end),
      ),
    );
    section = null;
  };
  // Content extends every open structure and the section body.
  const extend = (span: Span, bodySpan: Span = span) => {
    if (section) section.end = Math.max(section.end, span.end);
    if (item) item.end = Math.max(item.end, span.end);
    if (field) field.end = Math.max(field.end, span.end);
    section?.spans.push(bodySpan);
  };

  for (const block of blocks) {
    if (block.type === 'blank') {
      section?.spans.push(null);
      item?.spans.push(null);
      continue;
    }
    if (block.type === 'comment') continue;
    if (block.type === 'heading' && block.level === 1) {
      closeSection();
      const title = text.slice(block.content.start, block.content.end);
      const headingSpan = { start: block.line.start, end: block.content.end || block.line.end };
      const kind = sectionKind(title);
      if (kind === 'other') problem('section-unknown', 'Unknown section title.', headingSpan);
      section = { kind, title, headingSpan, start: block.line.start, end: headingSpan.end, spans: [] };
      continue;
    }
    if (block.type === 'heading' && block.level === 2 && section?.kind === 'issues') {
      closeItem();
      const headingSpan = { start: block.line.start, end: Math.max(block.content.end, block.line.start + 2) };
      item = {
        start: block.line.start,
        end: headingSpan.end,
        spans: [],
        headingSpan,
        heading: readItemHeading(text, block.content),
        fields: [],
      };
      extend(headingSpan, block.content);
      section.spans.push(null);
      continue;
    }
    if (block.type === 'heading') {
      closeField();
      const where = { start: block.line.start, end: block.content.end };
      if (block.level === 2)
        problem(
          'item-outside-issues',
          'Items belong in the IMR Issues, Decisions and Rationales section.',
          where,
        );
      else problem('heading-level', 'Only level-1 sections (#) and level-2 items (##) are read.', where);
      extend(where, block.content);
      continue;
    }
    if (!section) {
      if (!outsideReported) {
        problem('text-outside-section', 'Text before the first section heading is not read.', {
          start: block.line.start,
          end: block.line.end,
        });
        outsideReported = true;
      }
      continue;
    }
    if (block.type === 'label') {
      closeField();
      const labelLine = {
        start: block.labelSpan.start,
        end: Math.max(block.content.end, block.labelSpan.end + 1),
      };
      if (item) {
        field = { block, start: block.labelSpan.start, end: labelLine.end, spans: [block.content] };
      } else {
        problem(
          'field-outside-item',
          'A field label belongs under an item heading (## <request>: <decision>).',
          block.labelSpan,
        );
      }
      extend(labelLine);
      continue;
    }
    if (field) field.spans.push(block.content);
    else item?.spans.push(block.content);
    extend(block.content);
  }
  closeSection();
  const summary = sections.find((s) => s.kind === 'summary')?.body ?? null;
  return { sections, items, summary, problems };
}

/** Made outside the reader so the body's closure keeps only what it joins, not the reader's state. */
function joinLater(text: string, spans: readonly (Span | null)[], start: number): () => MappedText {
  return () => joinSpans(text, spans, '\n\n', start);
}

function finishItem(
  text: string,
  open: OpenItem,
  index: number,
  problem: (code: string, message: string, span: Span) => void,
): Item {
  const { heading, fields } = open;
  if (heading.problem) problem(heading.problem.code, heading.problem.message, heading.problem.span);
  const first: Partial<Record<Field['kind'], Field>> = {};
  for (const f of fields) {
    if (first[f.kind]) problem('field-duplicate', `This item already has a ${f.label} line.`, f.labelSpan);
    else first[f.kind] = f;
  }
  const partialText = joinSpans(text, open.spans, ' ', open.headingSpan.end);
  return {
    index,
    request: heading.request,
    decision: heading.decision,
    ...(partialText.text.length > 0 ? { partial: readPartial(partialText) } : {}),
    ...(first.claimsAdministratorGuideline
      ? { claimsAdministratorGuideline: first.claimsAdministratorGuideline }
      : {}),
    ...(first.reviewerGuideline ? { reviewerGuideline: first.reviewerGuideline } : {}),
    ...(first.rationale ? { rationale: first.rationale } : {}),
    fields,
    headingSpan: open.headingSpan,
    span: { start: open.start, end: open.end },
  };
}
