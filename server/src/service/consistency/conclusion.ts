/**
 * The conclusion of a decision rationale: the sentence that says whether the request is medically
 * necessary ("Therefore, the request for Ultram 50mg #30 is not medically necessary."), its polarity
 * and its object.
 *
 * Why a word walk instead of one big pattern: the letters write the verb phrase in many ways ("is
 * determined to not be medically necessary", "will be considered not medically necessary", "is not
 * indicated as medically necessary", "not-medically necessary", "cannot be considered medically
 * necessary"), and the same words appear in guideline quotes and conditions ("would be medically
 * necessary if ...", "for X to be medically necessary"). Walking back from "medically necessary"
 * over a closed set of verb-phrase words tells a finite statement from a hypothetical one, stays
 * linear, and gives the exact phrase a quick fix replaces.
 */

import type { MappedText } from '../model/mappedText';
import type { Span } from '../model/types';
import { collapseSpaces, execAll } from './keywords';
import { sentencesOf } from './sentences';
import { AUXILIARIES, COPULAS, MODALS, NEGATIONS, VERB_PHRASE } from './verbPhrase';

export type Polarity = 'necessary' | 'not-necessary';

export interface Conclusion {
  readonly polarity: Polarity;
  /**
   * `stated`: says "medically necessary" / "medical necessity ... established" in so many words.
   * `fallback`: only "the request is not supported / not recommended / not indicated".
   */
  readonly strength: 'stated' | 'fallback';
  /** The whole sentence (indexes into the rationale's joined text). */
  readonly sentence: Span;
  /** The verb phrase that carries the polarity ("is not medically necessary"). */
  readonly predicate: Span;
  /** The predicate as it would read with the other polarity (for quick fixes); null when not simple. */
  readonly flipped: string | null;
  /** What is concluded about ("the request for Ultram 50mg #30"), when the sentence names it. */
  readonly object: Span | null;
  /** The object without "the request for" and articles ("Ultram 50mg #30"); null when generic ("this request"). */
  readonly treatment: string | null;
}

const STATED =
  /(?:\b(not|non)[\s-]*)?\bmedically[\s-]+(?:necessary|appropriate)\b|\b(a\s+)?medical\s+necessity\b/gi;
const FALLBACK =
  /\b(?:is|are|was|were)\s+(not\s+|non-)?(?:clinically\s+|currently\s+|therefore\s+)?(?:supported|recommended|indicated|warranted|certified|approved)\b/gi;
/**
 * Every match of STATED holds "medical" and every match of FALLBACK one of these participles (same
 * `i` flag), so most sentences of a rationale (history, guideline text) are skipped unread. A test
 * of the sentence costs less than reading it: the pattern engine skips to the words' first letters.
 */
const STATED_WORD = /medical/i;
const FALLBACK_WORD = /supported|recommended|indicated|warranted|certified|approved/i;
export const MAY_STATE = 1;
export const MAY_FALL_BACK = 2;
const ESTABLISHED =
  /^[^.;]{0,200}?\b(?:(?:has|have|had|is|was|were|are)\s+(not\s+)?(?:been\s+)?|(cannot|can\s+not)\s+be\s+)(?:\w+ly\s+)?(?:established|demonstrated|substantiated|met|supported|shown|confirmed)\b/i;

const REQUEST = /\brequest(?:s|ed)?\b/gi;
const DEEM = /\b(?:deem|deems|find|finds|consider|considers|determine|determines|judge|judges)\s/gi;
const HYPOTHETICAL_OPENERS = new Set(['if', 'once', 'whether', 'should', 'in']);
const REASON_OPENERS = new Set(['as', 'since', 'because', 'given']);
const CONNECTORS =
  /^(?:(?:therefore|thus|hence|consequently|accordingly|so|and|then|overall|ultimately|finally|however|as such|in conclusion|in summary)\b[\s,]*)+/i;
const GENERIC_OBJECTS =
  /^(?:it|this|that|the|same|this one|(?:the|this|that|such|said|current|present|above|original|remaining)?\s*(?:requested|request(?:ed)?)?\s*(?:treatment|service|services|medication|item|procedure|study|request|therapy|test|one|determination|ancillary services?|associated services?)?)$/i;

/** Every conclusion in the rationale, in order. Hypothetical and reason clauses are left out. */
export function findConclusions(rationale: MappedText | string): Conclusion[] {
  const text = typeof rationale === 'string' ? rationale : rationale.text;
  const stated: Conclusion[] = [];
  const fallback: Conclusion[] = [];
  for (const sentence of sentencesOf(rationale))
    readSentence(text, sentence, MAY_STATE | MAY_FALL_BACK, stated, fallback);
  return [...stated, ...fallback].sort((a, b) => a.predicate.start - b.predicate.start);
}

/**
 * The conclusion that decides the item: the last stated one, else the last fallback one.
 * Advisories after it ("This medical necessity decision should not be interpreted as ...") state nothing.
 */
export function mainConclusion(conclusions: readonly Conclusion[]): Conclusion | null {
  for (let i = conclusions.length - 1; i >= 0; i--)
    if (conclusions[i]!.strength === 'stated') return conclusions[i]!;
  return conclusions[conclusions.length - 1] ?? null;
}

/**
 * The conclusions of the families `want` in one sentence of `text`, pushed in the order found. A
 * sentence is read on its own: what it gives does not depend on the other sentences.
 */
export function readSentence(
  text: string,
  sentence: Span,
  want: number,
  stated: Conclusion[],
  fallback: Conclusion[],
): void {
  const s = text.slice(sentence.start, sentence.end);
  const mayState = (want & MAY_STATE) !== 0 && STATED_WORD.test(s);
  const mayFallBack = (want & MAY_FALL_BACK) !== 0 && FALLBACK_WORD.test(s);
  if ((!mayState && !mayFallBack) || isHypotheticalSentence(s)) return;
  if (mayState) for (const c of statedIn(s)) stated.push(shift(c, sentence));
  if (mayFallBack) for (const c of fallbackIn(s)) fallback.push(shift(c, sentence));
}

/** Source span of a range of a rationale's joined text. */
export function sourceSpan(text: MappedText, range: Span): Span {
  return text.spanToSource(range.start, range.end);
}

interface Local {
  polarity: Polarity;
  strength: 'stated' | 'fallback';
  sentence: Span;
  predicate: Span;
  flipped: string | null;
  object: Span | null;
  treatment: string | null;
}

function statedIn(s: string): Local[] {
  const out: Local[] = [];
  const matches = execAll(STATED, s);
  // Where a leading reason clause ends: a function of the sentence alone, found once for all matches.
  const reasonEnd = matches.length > 0 ? reasonClauseEnd(s) : 0;
  for (const m of matches) {
    const at = m.index;
    if (reasonEnd > at || isQuotedOrGeneral(s, at, at + m[0].length)) continue;
    const necessity = /necessity$/i.test(m[0]);
    if (necessity) {
      const c = m[2] === undefined ? necessityEstablished(s, at, m[0].length) : null;
      if (c) {
        out.push(c);
        continue;
      }
    }
    const walk = walkBack(s, at) ?? activeVoice(s, at);
    if (!walk || walk.modal) continue;
    const negated = walk.negated || m[1] !== undefined;
    const end = at + m[0].length;
    const polarity: Polarity = negated ? 'not-necessary' : 'necessary';
    const object = walk.object ?? subjectBefore(s, walk.start, reasonEnd);
    out.push({
      polarity,
      strength: 'stated',
      sentence: { start: 0, end: s.length },
      predicate: { start: walk.start, end },
      flipped: `${walk.copula === 'to be' ? `to${negated ? '' : ' not'} be` : `${walk.copula}${negated ? '' : ' not'}`} ${necessity ? 'a medical necessity' : 'medically necessary'}`,
      object,
      treatment: object ? treatmentOf(s.slice(object.start, object.end)) : null,
    });
  }
  return out;
}

/** "Medical necessity (of X) has not been established." */
function necessityEstablished(s: string, at: number, length: number): Local | null {
  const before = s.slice(0, at).replace(CONNECTORS, '').trim().toLowerCase();
  if (before !== '' && before !== 'the' && !before.endsWith(',')) return null;
  const rest = s.slice(at + length);
  const m = ESTABLISHED.exec(rest);
  if (!m) return null;
  const verbStart = at + length + m[0].search(/\b(?:has|have|had|is|was|were|are|cannot|can\s+not)\s/i);
  const negated = m[1] !== undefined || m[2] !== undefined;
  const objectMatch = /^\s+(?:of|for)\s+/i.exec(rest);
  let object: Span | null = null;
  if (objectMatch) {
    const start = at + length + objectMatch[0].length;
    const end = trimEnd(s, verbStart);
    if (end > start) object = { start, end };
  }
  return {
    polarity: negated ? 'not-necessary' : 'necessary',
    strength: 'stated',
    sentence: { start: 0, end: s.length },
    predicate: { start: verbStart, end: at + length + m[0].length },
    flipped: null,
    object,
    treatment: object ? treatmentOf(s.slice(object.start, object.end)) : null,
  };
}

/** "the request is not supported": a conclusion only when its subject is the request. */
function fallbackIn(s: string): Local[] {
  const out: Local[] = [];
  const matches = execAll(FALLBACK, s);
  const reasonEnd = matches.length > 0 ? reasonClauseEnd(s) : 0;
  for (const m of matches) {
    const object = subjectBefore(s, m.index, reasonEnd);
    if (!object || !/\brequest/i.test(s.slice(object.start, object.end))) continue;
    if (reasonEnd > m.index) continue;
    out.push({
      polarity: m[1] ? 'not-necessary' : 'necessary',
      strength: 'fallback',
      sentence: { start: 0, end: s.length },
      predicate: { start: m.index, end: m.index + m[0].length },
      flipped: null,
      object,
      treatment: treatmentOf(s.slice(object.start, object.end)),
    });
  }
  return out;
}

interface Walk {
  /** Where the verb phrase starts. */
  start: number;
  negated: boolean;
  /** A modal without negation ("would be", "may be"): hypothetical. */
  modal: boolean;
  /** The finite verb as written ("is", "will be"), for the flipped phrase. */
  copula: string;
  /** Set when the object stands inside the verb phrase ("deem the request for X to be ..."). */
  object?: Span;
}

/** "I ... deem the request for X to be medically necessary": the object sits between verb and "to be". */
function activeVoice(s: string, at: number): Walk | null {
  const before = s.slice(0, at);
  const tail = /\bto\s+(not\s+)?be\s+(not\s+)?$/i.exec(before);
  if (!tail) return null;
  let verb: RegExpExecArray | null = null;
  for (const m of execAll(DEEM, before.slice(0, tail.index))) verb = m;
  if (!verb || tail.index - (verb.index + verb[0].length) > 200) return null;
  const modal = /\b(?:would|could|might|may|should)\s+(?:\w+\s+)?$/i.test(before.slice(0, verb.index));
  const start = verb.index + verb[0].length;
  const end = trimEnd(s, tail.index);
  return {
    start: tail.index,
    negated: tail[1] !== undefined || tail[2] !== undefined,
    modal,
    copula: 'to be',
    object: end > start ? { start, end } : undefined,
  };
}

/** Walks back from `at` over verb-phrase words; null when there is no finite verb. */
function walkBack(s: string, at: number): Walk | null {
  const words: { word: string; start: number }[] = [];
  let i = at;
  while (words.length < 8) {
    let j = i;
    while (j > 0 && s[j - 1] === ' ') j--;
    let k = j;
    while (k > 0 && isWordChar(s.charCodeAt(k - 1))) k--;
    if (k === j) break;
    const word = s.slice(k, j).toLowerCase();
    if (!VERB_PHRASE.has(word)) break;
    words.unshift({ word, start: k });
    i = k;
  }
  const finite = words.find(
    (w) => COPULAS.has(w.word) || AUXILIARIES.has(w.word) || w.word === 'cannot' || w.word === 'can',
  );
  if (!finite) return null;
  const negated = words.some((w) => NEGATIONS.has(w.word));
  const modal = words.some((w) => MODALS.has(w.word)) && !negated;
  const copula =
    COPULAS.has(finite.word) && finite.word !== 'will' && finite.word !== 'shall' ? finite.word : 'is';
  return { start: words[0]!.start, negated, modal, copula };
}

/** [A-Za-z'-] */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
}

/** "If ...", "Unless ...", "In order for X to be medically necessary, ...". */
function isHypotheticalSentence(s: string): boolean {
  const first = firstWord(s);
  if (!HYPOTHETICAL_OPENERS.has(first)) return false;
  return first !== 'in' || /^in order\b/i.test(s);
}

/**
 * Guideline text, not a conclusion about this request: inside quotation marks, or about a population
 * ("... is not medically necessary for patients with ...", "... when symptoms resolve").
 */
function isQuotedOrGeneral(s: string, start: number, end: number): boolean {
  let quotes = 0;
  for (let i = 0; i < start; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d) quotes++;
  }
  if (quotes % 2 === 1) return true;
  return /^[\s,]*(?:(?:for|in)\s+(?:patients|individuals|workers|those|people|persons|cases)\b|when\b)/i.test(
    s.slice(end),
  );
}

/** The leading run of ASCII letters, lower-cased (what /^[A-Za-z]+/ finds); '' when none. */
function firstWord(s: string): string {
  let n = 0;
  while (n < s.length && isAsciiLetter(s.charCodeAt(n))) n++;
  return s.slice(0, n).toLowerCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where a leading reason clause ("As ..., ", "Since ..., ") ends; 0 when the sentence has none.
 * "As the requested surgery is not medically necessary, ..." states the reason, not the conclusion:
 * a match before that end is no conclusion.
 */
function reasonClauseEnd(s: string): number {
  const first = firstWord(s);
  if (!REASON_OPENERS.has(first)) return 0;
  if (first === 'given' && !/^given\s+that\b/i.test(s) && !/^given\s+the\s+request/i.test(s)) return 0;
  if (first === 'as' && /^as\s+such\b/i.test(s)) return 0;
  return s.indexOf(',') + 1;
}

/** The subject of the clause that ends at `end`: "the request for X", else the words after the last comma. */
function subjectBefore(s: string, end: number, from: number): Span | null {
  const clause = s.slice(0, end);
  // After "As the requested surgery is not medically necessary," (ending at `from`) the subject starts past the comma.
  let start = -1;
  for (const m of execAll(REQUEST, clause)) if (m.index >= from) start = m.index;
  if (start >= 0) {
    // Back up over a determiner and up to two modifiers ("the current request", "this original request").
    const head = /(?:\b(?:the|this|that|these|those|such|said|an?|its)\s+)(?:[A-Za-z-]+\s+){0,2}$/i.exec(
      clause.slice(Math.max(0, start - 40), start),
    );
    if (head) start = start - (clause.slice(Math.max(0, start - 40), start).length - head.index);
  } else {
    start = Math.max(from, lastClauseStart(clause));
  }
  const rest = clause.slice(start);
  const connector = CONNECTORS.exec(rest);
  if (connector) start += connector[0].length;
  const pronoun = /,\s*(?:and\s+|so\s+)?(?:it|this|they)\s*$/i.exec(clause);
  if (pronoun && pronoun.index >= start) start = pronoun.index + 1;
  let stop = trimEnd(s, end);
  // "the request for X is not supported by guidelines and is not medically necessary": stop at X.
  const verb = /\s(?:is|are|was|were|has|have|does|do)\s/i.exec(s.slice(start, stop));
  if (verb) stop = trimEnd(s, start + verb.index);
  while (start < stop && (s[start] === ',' || s[start] === '"' || isSpace(s.charCodeAt(start)))) start++;
  while (stop > start && s[stop - 1] === '"') stop--;
  return stop > start ? { start, end: stop } : null;
}

/** After the last comma that does not stand inside the request ("Ultram 50mg, #60"). */
function lastClauseStart(clause: string): number {
  let at = clause.length;
  while (at > 0) {
    const comma = clause.lastIndexOf(',', at - 1);
    if (comma < 0) return 0;
    const after = clause.slice(comma + 1).trimStart();
    if (!/^(?:#|\d|qty|quantity|x\s*\d|times|count|number|and\b|or\b)/i.test(after)) return comma + 1;
    at = comma;
  }
  return 0;
}

function trimEnd(s: string, end: number): number {
  while (end > 0 && (s.charCodeAt(end - 1) === 44 || isSpace(s.charCodeAt(end - 1)))) end--;
  return end;
}

/** What /\s/ matches, tested without a pattern for ASCII (tab to carriage return, space). */
function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c));
}

/** "the request for Ultram 50mg #30" to "Ultram 50mg #30"; null for "this request", "it". */
export function treatmentOf(object: string): string | null {
  const t = collapseSpaces(object)
    .replace(CONNECTORS, '')
    .replace(
      /^(?:the|this|that|these|those|such|said|an?|its)?\s*(?:(?:current|present|original|remaining|associated|additional|above|prior)\s+)*(?:requests?(?:ed)?\s*(?:for|of)?|request,)\s*/i,
      '',
    )
    .replace(/^(?:the|an?|this|that)\s+/i, '')
    .replace(/^associated\s+/i, '')
    .replace(/^[\s,:"']+|[\s,:"']+$/g, '');
  if (t === '' || GENERIC_OBJECTS.test(t)) return null;
  return t;
}

function shift(c: Local, by: Span): Conclusion {
  return {
    polarity: c.polarity,
    strength: c.strength,
    sentence: { start: by.start, end: by.end },
    predicate: moved(c.predicate, by.start),
    flipped: c.flipped,
    object: c.object ? moved(c.object, by.start) : null,
    treatment: c.treatment,
  };
}

function moved(r: Span, by: number): Span {
  return { start: r.start + by, end: r.end + by };
}
