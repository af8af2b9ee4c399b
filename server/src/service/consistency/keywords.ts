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

/** White space other than a single space: a whitespace character that is not a space, or two spaces. */
const ODD_SPACE = /[^\S ]| {2}/;

/**
 * `s.replace(/\s+/g, ' ')`, without building a new string when nothing changes: the replacement
 * leaves `s` as it is exactly when every run of white space is one space, that is when `s` holds
 * neither a white space character other than a space nor two spaces in a row.
 */
export function collapseSpaces(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
