/**
 * A test-only `.imr.md` reader, just enough for the consistency rules' docs examples and fixtures
 * until the real reader is merged: `# sections`, `## <request>: <decision>` items and the
 * `Label: text` fields, hard wraps joined with a space. Not the product's reader.
 */
import { type MappedText, MappedTextBuilder } from '../../../server/src/service/model/mappedText';
import type { Determination, Field, FieldKind, Item, Section } from '../../../server/src/service/model/types';

interface Line {
  readonly text: string;
  readonly start: number;
}

const FIELD_LABELS: Record<string, FieldKind> = {
  'claims administrator guideline': 'claimsAdministratorGuideline',
  'maximus guideline': 'reviewerGuideline',
  'reviewer guideline': 'reviewerGuideline',
  'decision rationale': 'rationale',
};

function join(lines: readonly Line[], skipFirst = 0): MappedText {
  const b = new MappedTextBuilder();
  lines.forEach((l, i) => {
    const from = i === 0 ? skipFirst : 0;
    const body = l.text.slice(from).trim();
    if (!body) return;
    if (b.length > 0) b.appendSynthetic(' ');
    b.appendSource(
      body,
      l.start + from + (l.text.slice(from).length - l.text.slice(from).trimStart().length),
    );
  });
  return b.build(lines.length ? lines[lines.length - 1]!.start + lines[lines.length - 1]!.text.length : 0);
}

export function readMini(text: string): Determination {
  const lines: Line[] = [];
  let at = 0;
  for (const t of text.split('\n')) {
    lines.push({ text: t.replace(/<!--.*?-->/g, (c) => ' '.repeat(c.length)), start: at });
    at += t.length + 1;
  }
  const sections: Section[] = [];
  const items: Item[] = [];
  let summary: MappedText | null = null;
  const h1 = lines.map((l, i) => (/^# /.test(l.text) ? i : -1)).filter((i) => i >= 0);
  h1.forEach((h, k) => {
    const end = h1[k + 1] ?? lines.length;
    const title = lines[h]!.text.slice(2).trim();
    const kind = /summary/i.test(title) ? 'summary' : /issues/i.test(title) ? 'issues' : 'other';
    const body = join(lines.slice(h + 1, end));
    sections.push({
      kind,
      title,
      headingSpan: { start: lines[h]!.start, end: lines[h]!.start + lines[h]!.text.length },
      span: { start: lines[h]!.start, end: lines[end - 1]!.start + lines[end - 1]!.text.length },
      body,
    });
    if (kind === 'summary') summary = body;
    if (kind === 'issues') readItems(lines, h + 1, end, items);
  });
  return { layout: 'imr-md', text, header: {}, sections, summary, items, suppressions: [], problems: [] };
}

function readItems(lines: readonly Line[], from: number, to: number, items: Item[]): void {
  const heads: number[] = [];
  for (let i = from; i < to; i++) if (/^## /.test(lines[i]!.text)) heads.push(i);
  heads.forEach((h, index) => {
    const end = heads[index + 1] ?? to;
    const head = lines[h]!;
    const colon = head.text.lastIndexOf(':');
    const word = head.text.slice(colon + 1).trim();
    const wordStart = head.start + head.text.indexOf(word, colon);
    const fields: Field[] = [];
    let i = h + 1;
    while (i < end) {
      const m = /^([A-Za-z ]+):/.exec(lines[i]!.text);
      const kind = m ? FIELD_LABELS[m[1]!.toLowerCase()] : undefined;
      if (!m || !kind) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && lines[j]!.text.trim() !== '') j++;
      const own = lines.slice(i, j);
      const last = own[own.length - 1]!;
      fields.push({
        kind,
        label: m[1]!,
        labelSpan: { start: lines[i]!.start, end: lines[i]!.start + m[1]!.length },
        text: join(own, m[0].length),
        span: { start: lines[i]!.start, end: last.start + last.text.length },
      });
      i = j;
    }
    const decision = word === 'Upheld' || word === 'Overturned' ? word : null;
    items.push({
      index,
      request: join([{ text: head.text.slice(3, colon), start: head.start + 3 }]),
      decision: { value: decision, raw: word, span: { start: wordStart, end: wordStart + word.length } },
      rationale: fields.find((f) => f.kind === 'rationale'),
      reviewerGuideline: fields.find((f) => f.kind === 'reviewerGuideline'),
      claimsAdministratorGuideline: fields.find((f) => f.kind === 'claimsAdministratorGuideline'),
      fields,
      headingSpan: { start: head.start, end: head.start + head.text.length },
      span: { start: head.start, end: lines[end - 1]!.start + lines[end - 1]!.text.length },
    });
  });
}
