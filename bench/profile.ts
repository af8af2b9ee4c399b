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
  readonly callFrame: { functionName: string; url: string };
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

/** The source file, relative to the repository. No line: under tsx they are those of the transformed code. */
function where(url: string): string {
  if (!url) return '(native)';
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  return path.isAbsolute(file) ? path.relative(repoRoot, file) : file;
}

export interface HotFile {
  readonly file: string;
  readonly selfMs: number;
  readonly selfPercent: number;
}

/** The functions with the most self time, and the source files, by the self time of their functions. */
export function hotspots(profileFile: string, top = 15): { functions: Hotspot[]; files: HotFile[] } {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const totalHits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const msPerHit = (profile.endTime - profile.startTime) / 1000 / totalHits;
  const byFunction = new Map<string, { fn: string; location: string; hits: number }>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    const location = where(url);
    const key = `${functionName}@${location}`;
    const entry = byFunction.get(key) ?? { fn: functionName || '(anonymous)', location, hits: 0 };
    entry.hits += node.hitCount ?? 0;
    byFunction.set(key, entry);
    byFile.set(location, (byFile.get(location) ?? 0) + (node.hitCount ?? 0));
  }
  const ms = (hits: number) => round(hits * msPerHit, 1);
  const percent = (hits: number) => round((100 * hits) / totalHits, 1);
  const functions = [...byFunction.values()]
    .filter((e) => e.fn !== '(idle)' && e.fn !== '(program)')
    .sort((a, b) => b.hits - a.hits)
    .slice(0, top)
    .map((e) => ({ function: e.fn, location: e.location, selfMs: ms(e.hits), selfPercent: percent(e.hits) }));
  const files = [...byFile]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([file, hits]) => ({ file, selfMs: ms(hits), selfPercent: percent(hits) }));
  return { functions, files };
}
