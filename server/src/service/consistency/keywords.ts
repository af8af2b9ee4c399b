/** Pattern helpers of the consistency checks. */

/**
 * Every match of the global pattern `re` in `s`, as `s.matchAll(re)` gives them, without the copy of
 * the pattern matchAll makes on every call (which costs more than a short sentence's search). All
 * matches are collected before the caller sees any, so the caller may use `re` again meanwhile.
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
