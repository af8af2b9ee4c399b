/**
 * Throwaway measurement (not part of the product): splits the published letters with a quick regex
 * (the real reader lives on another branch), builds Determination objects by hand and runs the
 * consistency rules over them. Prints counts, file names, item numbers and rule ids, never letter text.
 *   node --import tsx scripts/throwaway/measure-consistency.ts [--flip | --swap] [--dates] [--show]
 * --show adds a line per item: its decision and the main conclusion's polarity and strength.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/service/analysis';
import { emptyCatalog } from '../../server/src/service/catalog/catalog';
import { findConclusions, mainConclusion } from '../../server/src/service/consistency/conclusion';
import { patientMentions } from '../../server/src/service/consistency/record';
import { lint } from '../../server/src/service/lint';
import { type MappedText, MappedTextBuilder } from '../../server/src/service/model/mappedText';
import type { Determination, Field, Item } from '../../server/src/service/model/types';
import { allRules } from '../../server/src/service/rules/index';

const show = process.argv.includes('--show');
/** Recall probes: --flip swaps every decision; --swap gives each item the next item's request. */
const flip = process.argv.includes('--flip');
const swap = process.argv.includes('--swap');
const shared = '/work/shared';
const files = [
  ...readdirSync(path.join(shared, 'corpus/letters')).map((f) => path.join(shared, 'corpus/letters', f)),
  ...readdirSync(path.join(shared, 'seeds')).map((f) => path.join(shared, 'seeds', f)),
]
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Joins the non-empty lines in [from, to) with spaces, mapped back to the source. */
function joined(text: string, lines: { start: number; end: number }[], from: number, to: number): MappedText {
  const b = new MappedTextBuilder();
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    const raw = text.slice(l.start, l.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    if (b.length > 0) b.appendSynthetic(b.lastChar() === '-' ? '' : ' ');
    b.appendSource(body, l.start + lead);
  }
  return b.build();
}

function read(text: string): Determination {
  text = text.replace(/\f/g, ' ');
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    lines.push({ start: at, end: at + l.length });
    at += l.length + 1;
  }
  const line = (i: number) => text.slice(lines[i]!.start, lines[i]!.end).trim();
  const find = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(line(i))) return i;
    return -1;
  };
  const sumStart = find(/^CLINICAL CASE SUMMARY$/i);
  const issues = find(/^IMR ISSUES, DECISIONS AND RATIONALES$/i);
  const summary = sumStart >= 0 && issues > sumStart ? joined(text, lines, sumStart + 1, issues) : null;
  const heads: number[] = [];
  for (let i = Math.max(issues, 0); i < lines.length; i++) {
    if (
      (/:\s*(Upheld|Overturned)$/.test(line(i)) || /^(Upheld|Overturned)$/.test(line(i))) &&
      !/^Decision rationale/.test(line(i))
    )
      heads.push(i);
  }
  const items: Item[] = heads.map((h, index) => {
    const next = heads[index + 1] ?? lines.length;
    const rat = find(/^Decision rationale:/, h);
    const heading = line(h);
    const decision = /(Upheld|Overturned)$/.exec(heading)![1] as 'Upheld' | 'Overturned';
    const decStart = lines[h]!.start + text.slice(lines[h]!.start, lines[h]!.end).lastIndexOf(decision);
    let reqFrom = h;
    // Partial-certification paragraphs and wrapped requests: take the lines up to the previous field.
    while (
      reqFrom > 0 &&
      line(reqFrom - 1) &&
      !/^(Decision rationale|MAXIMUS|Claims Administrator|The Final Determination)/.test(line(reqFrom - 1)) &&
      h - reqFrom < 4 &&
      !/[.]$/.test(line(reqFrom - 1))
    )
      reqFrom--;
    const reqAll = joined(text, lines, reqFrom, h + 1);
    const request = reqAll.sub(0, reqAll.text.lastIndexOf(':'));
    let rationale: Field | undefined;
    if (rat >= 0 && rat < next) {
      const end = next === lines.length ? next : reqStartOf(next);
      const t = joined(text, lines, rat, end);
      const body = t.sub('Decision rationale:'.length, t.text.length).trim();
      rationale = {
        kind: 'rationale',
        label: 'Decision rationale',
        labelSpan: { start: lines[rat]!.start, end: lines[rat]!.start + 18 },
        text: body,
        span: t.sourceSpan,
      };
    }
    const partial = /original request/i.test(reqAll.text)
      ? { text: reqAll, originalRequest: reqAll }
      : undefined;
    return {
      index,
      request,
      decision: {
        value: decision,
        raw: decision,
        span: { start: decStart, end: decStart + decision.length },
      },
      partial,
      rationale,
      fields: rationale ? [rationale] : [],
      headingSpan: { start: lines[h]!.start, end: lines[h]!.end },
      span: { start: lines[h]!.start, end: lines[next - 1]?.end ?? text.length },
    };
    function reqStartOf(n: number): number {
      let k = n;
      while (
        k > 0 &&
        line(k - 1) &&
        !/^(Decision rationale|MAXIMUS|Claims Administrator)/.test(line(k - 1)) &&
        n - k < 4 &&
        !/[.]$/.test(line(k - 1))
      )
        k--;
      return k;
    }
  });
  const probed = items.map((it, k) => ({
    ...it,
    decision:
      flip && it.decision
        ? {
            ...it.decision,
            value: (it.decision.value === 'Upheld' ? 'Overturned' : 'Upheld') as 'Upheld' | 'Overturned',
          }
        : it.decision,
    request: swap && items.length > 1 ? items[(k + 1) % items.length]!.request : it.request,
    partial: swap && items.length > 1 ? items[(k + 1) % items.length]!.partial : it.partial,
  }));
  return {
    layout: 'letter-2016',
    text,
    header: {},
    sections: [],
    summary,
    items: probed,
    suppressions: [],
    problems: [],
  };
}

const mentionCounts: Record<string, number> = {};
let itemCount = 0;
/** Items in letters of two or more items whose conclusion names a treatment (what --swap can catch). */
let named = 0;
let withConclusion = 0;
let stated = 0;
const byRule = new Map<string, number>();
const wanted = new Set([
  'decision-conclusion-mismatch',
  'conclusion-missing',
  'conclusion-item-mismatch',
  'record-contradiction',
]);
for (const file of files) {
  const det = read(readFileSync(file, 'utf8'));
  const analysis = analyze(det, emptyCatalog);
  for (const item of det.items) {
    itemCount++;
    const c = item.rationale ? mainConclusion(findConclusions(item.rationale.text)) : null;
    if (c) withConclusion++;
    if (c?.strength === 'stated') stated++;
    if (c?.treatment && det.items.length > 1) named++;
    if (show)
      console.log(
        `${path.basename(file)} #${item.index + 1} ${item.decision?.value} ${c ? `${c.polarity}/${c.strength} object ${c.treatment ? 'named' : 'generic'}` : 'NONE'}`,
      );
  }
  const rules = allRules.filter((r) => wanted.has(r.id));
  const config = process.argv.includes('--dates')
    ? {
        rules: {
          'record-contradiction': ['warning', { checks: ['age', 'sex', 'date', 'level', 'facts'] }] as const,
        },
      }
    : {};
  const result = lint(analysis, config as never, rules);
  for (const it of det.items) {
    for (const m of it.rationale ? patientMentions(it.rationale.text.text) : [])
      mentionCounts[m.kind] = (mentionCounts[m.kind] ?? 0) + 1;
  }
  for (const r of result.ruleFailures)
    console.log(`RULE FAILED ${path.basename(file)} ${r.ruleId}: ${r.message}`);
  for (const f of result.findings) {
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const where = det.text.slice(0, f.span.start).split('\n').length;
    console.log(
      `FINDING ${path.basename(file)}:${where} item ${(f.itemIndex ?? -1) + 1} ${f.ruleId} ${f.severity}`,
    );
  }
}
console.log(
  `letters ${files.length}, items ${itemCount}, with conclusion ${withConclusion} (stated ${stated})`,
);
console.log(`named conclusions in multi-item letters ${named}`);
console.log(`rationale mentions compared ${JSON.stringify(mentionCounts)}`);
console.log(`findings ${JSON.stringify(Object.fromEntries(byRule))}`);
