/**
 * One sentence split per rationale, shared by the consistency checks that read it (conclusions,
 * patient facts) and by the clinical facts: the cache lives in clinical/sentences.ts.
 */
export { sentencesOf } from '../clinical/sentences';
