// Self time per function of a V8 CPU profile (.cpuprofile), top first: where a profiled window's samples fell.
// node --import tsx bench/lib/profile-self.ts FILE [TOP=40] [ARTICLES]: ms per function (per article when ARTICLES is given).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self ms per function (name, file:line), summed over the profile's samples. */
export function selfTimes(p: Profile): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]!);
    if (!n) continue;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : ''}`.trim();
    // a sample's time is the delta to the next one
    out.set(key, (out.get(key) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return out;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const p = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile;
  const top = Number(process.argv[3] ?? 40);
  const per = Number(process.argv[4] ?? 1);
  const self = [...selfTimes(p)].sort((a, b) => b[1] - a[1]);
  const total = (p.endTime - p.startTime) / 1000;
  console.log(`${(total / per).toFixed(3)} ms sampled${per > 1 ? ' per article' : ''}; self time:`);
  for (const [k, v] of self.slice(0, top)) console.log(`${(v / per).toFixed(3).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}
