// CPU time of the calling thread alone (Linux: /proc/thread-self/stat, 10 ms ticks), so a benchmark can time its main thread while worker threads run beside it.
import { readdirSync, readFileSync } from 'node:fs';

/** User + system CPU ms of the calling thread, or null where /proc/thread-self is not readable. */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is the state (field 3); utime and stime are fields 14 and 15, in clock ticks of 1/100 s
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** CPU ns the calling thread has run (Linux: /proc/thread-self/schedstat, nanoseconds), or null where it is not readable. */
export function threadCpuNs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

/** CPU ns of every thread of this process by thread id (Linux: /proc/self/task/<tid>/schedstat); empty where not readable. */
export function allThreadsCpuNs(): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        out.set(Number(tid), Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
      } catch {
        // the thread ended between the listing and the read
      }
    }
  } catch {
    // no /proc
  }
  return out;
}
