/**
 * Clinical facts from prose: split into sentences, find ConText triggers and their scopes, run each
 * extractor, settle each candidate's status, and map spans back to the source. Never throws: a
 * failure in one sentence drops that sentence's facts, not the document's.
 */
import type { VersionMemo } from '../memo';
import type { MappedText } from '../model/mappedText';
import { SentenceContext } from './context';
import { conservativeCare, injectionResponse, surgery, visitsCompleted } from './extract/care';
import type { Candidate, Extractor, SentenceView } from './extract/common';
import { functionalImprovement, redFlag } from './extract/findings';
import { openGates } from './extract/gate';
import { edxFinding, imagingFinding } from './extract/imaging';
import { drugScreen, medicationDuration, painScore } from './extract/medication';
import { radicularExam, radicularSymptom, radiculopathy } from './extract/radicular';
import { sentencesOf } from './sentences';
import type { ClinicalFact } from './types';

/** Every extractor, in the order their facts are listed within a sentence. */
export const EXTRACTORS: readonly Extractor[] = [
  radicularExam,
  radicularSymptom,
  radiculopathy,
  imagingFinding,
  edxFinding,
  conservativeCare,
  visitsCompleted,
  injectionResponse,
  surgery,
  medicationDuration,
  painScore,
  drugScreen,
  functionalImprovement,
  redFlag,
];

/**
 * Clinical facts in `text`, sentence by sentence, with spans in source offsets. A sentence's facts
 * depend on its words alone, so `memo` may hand back those of an earlier version of the document.
 */
export function extractFacts(text: MappedText, memo?: VersionMemo<readonly Candidate[]>): ClinicalFact[] {
  const out: ClinicalFact[] = [];
  for (const sentence of sentencesOf(text)) {
    try {
      const words = text.text.slice(sentence.start, sentence.end);
      const facts = memo ? memo.get(words, () => factsOfSentence(words)) : factsOfSentence(words);
      if (facts.length === 0) continue;
      // One span object for the sentence, shared (read-only) by its facts.
      const sentenceSpan = text.spanToSource(sentence.start, sentence.end);
      for (const c of facts) {
        out.push({
          kind: c.kind,
          status: c.status!,
          span: text.spanToSource(sentence.start + c.start, sentence.start + c.end),
          sentenceSpan,
          attributes: c.attributes,
        });
      }
    } catch {
      // A bug in one extractor must not cost the document its other facts.
    }
  }
  return out;
}

/**
 * One sentence as extractors read it. Its ConText scopes are worked out on first use: most sentences
 * yield no candidate and never need them.
 */
class View implements SentenceView {
  readonly lower: string;
  readonly gates: readonly number[] | null;
  private scopes: SentenceContext | undefined;

  constructor(
    readonly text: string,
    prefilter: boolean,
  ) {
    this.lower = lowerSameLength(text);
    this.gates = prefilter ? openGates(this.lower, text) : null;
  }

  get context(): SentenceContext {
    this.scopes ??= new SentenceContext(this.text);
    return this.scopes;
  }
}

/**
 * The facts of one sentence, offsets relative to it, statuses settled. `prefilter` false runs every
 * pattern on every sentence (for tests: the results must be the same).
 */
export function factsOfSentence(sentence: string, prefilter = true): Candidate[] {
  const view = new View(sentence, prefilter);
  const out: Candidate[] = [];
  for (const extract of EXTRACTORS) {
    for (const c of extract(view)) {
      c.status ??= view.context.statusOf(c.start, c.end, c.ignore);
      out.push(c);
    }
  }
  return out;
}

/** Lower case with offsets kept: a character whose lower case is longer ("İ") stays as it is. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
