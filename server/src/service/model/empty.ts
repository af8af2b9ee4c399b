import type { Determination, Layout, ParseProblem } from './types';

/** A model with nothing read, optionally carrying the problem that explains why. */
export function emptyDetermination(text: string, layout: Layout, problem?: ParseProblem): Determination {
  return {
    layout,
    text,
    header: {},
    sections: [],
    summary: null,
    items: [],
    suppressions: [],
    problems: problem ? [problem] : [],
  };
}
