/**
 * Reads a V8 CPU profile (node --cpu-prof) and lists the functions with the most self time, so a
 * missed target comes with its likely cause. Function names and source locations only.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../test/support/paths';
import { round } from './stats';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
}

export interface Hotspot {
  readonly function: string;
  readonly location: string;
  readonly selfMs: number;
  readonly selfPercent: number;
}

function where(url: string, line: number): string {
  if (!url) return '(native)';
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const rel = path.isAbsolute(file) ? path.relative(repoRoot, file) : file;
  return `${rel}:${line + 1}`;
}

export function hotspots(profileFile: string, top = 12): Hotspot[] {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const totalHits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const msPerHit = (profile.endTime - profile.startTime) / 1000 / totalHits;
  const byFunction = new Map<string, { fn: string; location: string; hits: number }>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const location = where(url, lineNumber);
    const key = `${functionName}@${location}`;
    const entry = byFunction.get(key) ?? { fn: functionName || '(anonymous)', location, hits: 0 };
    entry.hits += node.hitCount ?? 0;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()]
    .filter((e) => e.fn !== '(idle)' && e.fn !== '(program)')
    .sort((a, b) => b.hits - a.hits)
    .slice(0, top)
    .map((e) => ({
      function: e.fn,
      location: e.location,
      selfMs: round(e.hits * msPerHit, 1),
      selfPercent: round((100 * e.hits) / totalHits, 1),
    }));
}
