/**
 * Clinical facts from prose. Placeholder until the ConText engine lands; returns nothing.
 */
import type { MappedText } from '../model/mappedText';
import type { ClinicalFact } from './types';

export function extractFacts(_text: MappedText): ClinicalFact[] {
  return [];
}
