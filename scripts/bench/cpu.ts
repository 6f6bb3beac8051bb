import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processTree, statFieldsAfterName } from './memory';

// CPU time a process tree has used, from /proc/<pid>/stat (Linux). On a small shared machine
// requests a second swing by a fifth from one run to the next, because the load generator and
// the server share two cores and the host steals time; the server's CPU time per request moves
// far less, so the table gives both (see README, "Benchmark").

/** Clock ticks a second (USER_HZ): the unit of /proc/<pid>/stat's times; 100 on nearly every Linux. */
function clockTicksPerSecond(): number {
  try {
    const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(hz) && hz > 0 ? hz : 100;
  } catch {
    return 100;
  }
}

/** utime + stime + cutime + cstime of one /proc/<pid>/stat line, in ticks. */
export function statCpuTicks(stat: string): number {
  // utime, stime, cutime and cstime are fields 14–17 of proc(5): 11–14 after the name.
  const fields = statFieldsAfterName(stat);
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
}

let ticksPerSecond: number | undefined;

/** Milliseconds of CPU used so far by `root` and every process below it that is still running. */
export function treeCpuMs(root: number): number {
  ticksPerSecond ??= clockTicksPerSecond();
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      ticks += statCpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      // exited between listing and reading
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}
