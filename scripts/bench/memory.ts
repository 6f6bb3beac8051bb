import { readdirSync, readFileSync } from 'node:fs';

// Samples the memory of a process and all its descendants from /proc (Linux): RSS counts a
// page shared by two processes twice, PSS splits it, so PSS is the honest total of a tree.

export type MemorySample = { rssBytes: number; pssBytes: number; processes: number };

/**
 * The fields of a /proc/<pid>/stat line after the command name, which is in parentheses and may
 * contain spaces: [0] is the state (field 3 of proc(5)), [1] the ppid, [11] utime, and so on.
 */
export function statFieldsAfterName(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Children of each process, from the ppid field of /proc/<pid>/stat. */
function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const ppid = Number(statFieldsAfterName(stat)[1]);
    map.set(ppid, [...(map.get(ppid) ?? []), Number(entry)]);
  }
  return map;
}

export function processTree(root: number): number[] {
  const children = childrenByParent();
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** "Rss:  123 kB" style lines to bytes; 0 when the field is missing. */
export function kilobytesField(text: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

export function sampleTree(root: number): MemorySample {
  let rssBytes = 0;
  let pssBytes = 0;
  let processes = 0;
  for (const pid of processTree(root)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rssBytes += kilobytesField(rollup, 'Rss');
      pssBytes += kilobytesField(rollup, 'Pss');
      processes += 1;
    } catch {
      // The process exited between listing and reading.
    }
  }
  return { rssBytes, pssBytes, processes };
}

/** Samples every `intervalMs` and keeps the peaks, overall and since the last mark. */
export class MemoryWatch {
  private timer: NodeJS.Timeout | undefined;
  peakRss = 0;
  peakPss = 0;
  private windowPss = 0;
  samples = 0;

  constructor(
    private readonly root: number,
    private readonly intervalMs = 100,
  ) {}

  start(): void {
    const tick = () => {
      const s = sampleTree(this.root);
      if (s.processes === 0) return;
      this.samples += 1;
      this.peakRss = Math.max(this.peakRss, s.rssBytes);
      this.peakPss = Math.max(this.peakPss, s.pssBytes);
      this.windowPss = Math.max(this.windowPss, s.pssBytes);
    };
    tick();
    this.timer = setInterval(tick, this.intervalMs);
  }

  /** The peak PSS since the previous call. */
  takeWindowPeak(): number {
    const peak = this.windowPss;
    this.windowPss = 0;
    return peak;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
