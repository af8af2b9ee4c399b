import { sameIgnoringAsciiCase } from '../parser/asciiCase';

/**
 * ODG chapter names as letters write them, longest first so "Low Back - Lumbar & Thoracic" wins over
 * "Low Back". The reader needs them to tell a chapter from a topic in free-form Non-MTUS citations
 * ("ODG Low Back chapter, Facet joint diagnostic blocks"); the catalog holds the chapters themselves.
 */
export const ODG_CHAPTER_HEADS: readonly string[] = [
  'Low Back - Lumbar & Thoracic',
  'Low Back - Lumbar and Thoracic',
  'Lumbar & Thoracic',
  'Neck and Upper Back',
  'Neck & Upper Back',
  'Forearm, Wrist and Hand',
  'Forearm, Wrist, and Hand',
  'Forearm, wrist and hand',
  'Forearm, Wrist & Hand',
  'Mental Illness & Stress',
  'Mental Illness',
  'Knee and Leg',
  'Knee & Leg',
  'Ankle and Foot',
  'Ankle & Foot',
  'Hip and Pelvis',
  'Hips & Pelvis',
  'Hip & Pelvis',
  'Carpal Tunnel Syndrome',
  'Low Back',
  'Lower Back',
  'Low back',
  'Neck',
  'Shoulder',
  'Elbow',
  'Knee',
  'Head',
  'Pain',
  'Chronic Pain',
  'Preface',
].sort((a, b) => b.length - a.length);

/** Words that may follow a chapter name and still belong to it: "(Chronic)", "Chapter", "section". */
const CHAPTER_TAIL =
  /^(?:\s*\((?:Acute\s*(?:&|and)\s*)?Chronic\))?(?:\s*(?:Chapter|chapter|section|Section))?/;

/**
 * The heads by their first letter in lower case, each list still longest first. A slice that lower-cases
 * to a head (all ASCII) lower-cases letter by letter (only "İ" grows when lowered, and only a final
 * sigma depends on its neighbours, and neither lowers to ASCII), so its first letter lowered is the
 * head's first letter: heads under other letters cannot match and are not tried.
 */
const HEADS_BY_FIRST = new Map<string, { head: string; lower: string }[]>();
for (const head of ODG_CHAPTER_HEADS) {
  const lower = head.toLowerCase();
  const list = HEADS_BY_FIRST.get(lower.charAt(0));
  if (list) list.push({ head, lower });
  else HEADS_BY_FIRST.set(lower.charAt(0), [{ head, lower }]);
}

/** If `text` at `start` begins with an ODG chapter name, the end of that name (with its tail), else -1. */
export function matchOdgChapter(text: string, start: number, end: number): number {
  for (const { head, lower } of HEADS_BY_FIRST.get(text.charAt(start).toLowerCase()) ?? []) {
    if (start + head.length > end) continue;
    // The same test as comparing the lower-cased slice, without making it (asciiCase.ts).
    if (!sameIgnoringAsciiCase(text, start, lower)) continue;
    const next = text.charCodeAt(start + head.length);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) continue;
    const tail = CHAPTER_TAIL.exec(text.slice(start + head.length, Math.min(end, start + head.length + 40)));
    return start + head.length + (tail ? tail[0].length : 0);
  }
  return -1;
}
