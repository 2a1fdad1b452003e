/** Where a server child spent its CPU: self time per package/folder from a V8 `.cpuprofile`. */
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  where: string;
  selfMs: number;
  percent: number;
}

/** The place a function lives, coarse enough to read: an npm package, a folder of this repo, or V8/Node. */
export function placeOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return url;
  const repo = /\/(src|generated|bench)\/(.*)$/.exec(url);
  if (repo !== null)
    return `${repo[1]}/${path.dirname(repo[2] ?? '') === '.' ? path.basename(repo[2] ?? '') : path.dirname(repo[2] ?? '')}`;
  return url;
}

/** Self time grouped by `placeOf`, largest first; `(idle)` (waiting, not CPU) is left out of the shares. */
export function summarizeProfile(profile: CpuProfile, top = 15): ProfileShare[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[index] ?? 0;
    if (node === undefined) return;
    const where = placeOf(node.callFrame.url, node.callFrame.functionName);
    if (where === '(idle)') return;
    self.set(where, (self.get(where) ?? 0) + delta);
    total += delta;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, micros]) => ({
      where,
      selfMs: Math.round(micros / 1000),
      percent: Math.round((micros / Math.max(1, total)) * 1000) / 10,
    }));
}
