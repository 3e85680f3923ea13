import { readFileSync } from 'node:fs';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type FunctionTime = { name: string; where: string; selfMs: number; share: number };

/** Self time per function from a V8 .cpuprofile (Node's --cpu-prof or Chromium's profiler), largest first. */
export function topFunctions(file: string, count = 5): FunctionTime[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { name: string; where: string; micros: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += delta;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${lineNumber + 1}`;
    const key = `${functionName}@${where}`;
    const entry = self.get(key) ?? { name: functionName || '(anonymous)', where, micros: 0 };
    entry.micros += delta;
    self.set(key, entry);
  });
  return [...self.values()]
    .filter((e) => !['(idle)', '(program)', '(garbage collector)'].includes(e.name) || e.name === '(garbage collector)')
    .sort((a, b) => b.micros - a.micros)
    .slice(0, count)
    .map((e) => ({
      name: e.name,
      where: e.where,
      selfMs: Math.round(e.micros / 1000),
      share: total > 0 ? e.micros / total : 0,
    }));
}
