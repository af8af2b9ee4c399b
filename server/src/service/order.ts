/**
 * Code-unit order for ids and messages: the same on every machine. `localeCompare` follows the ICU
 * locale of the process (LANG), so the same findings could come out in another order, and the
 * byte-identical outputs the CLI promises (workers, goldens, SARIF baselines) would differ by machine.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
