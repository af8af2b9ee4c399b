/** Small invented letters (2016+ layout) for the letter reader's unit tests. */
import type { Determination, Span } from '../../server/src/service/model/types';

export const lines = (...l: string[]) => l.join('\n');
export const at = (text: string, span: Span) => text.slice(span.start, span.end);
export const codes = (det: Determination) => det.problems.map((p) => p.code);

export const HEADER_2016 = [
  'Case Number:          CM16-0000001',
  'Date Assigned:        12/07/2016                      Date of Injury:      10/13/2016',
  'Decision Date:        01/09/2017                      UR Denial Date:      11/22/2016',
  'Priority:             Standard                        Application          11/29/2016',
  '                                                      Received:',
  '',
];
export const ISSUES = [
  '                      IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  '',
];
export const FIELDS = [
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment',
  '2016.',
  '',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,',
  'Section(s): Benzodiazepines.',
  '',
  'Decision rationale: Benzodiazepines are not recommended for long-term use. The request is not',
  'medically necessary.',
  '',
];

export function letter2016(...items: string[][]): string {
  return lines(...HEADER_2016, ...ISSUES, ...items.flat());
}
