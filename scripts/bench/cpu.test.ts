import { describe, expect, it } from 'vitest';
import { statCpuTicks, treeCpuMs } from './cpu';

describe('CPU time of the server', () => {
  it('adds user, system and waited-for children’s time from a stat line, whatever the command name holds', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const stat = '4740 (next-server (v16) x) S 4739 4739 4739 0 -1 4194560 1 2 3 4 150 25 7 3 20 0 15 0';
    expect(statCpuTicks(stat)).toBe(150 + 25 + 7 + 3);
  });

  it.runIf(process.platform === 'linux')('reads a running process: its CPU time only grows', () => {
    const before = treeCpuMs(process.pid);
    let spin = 0;
    for (const end = Date.now() + 150; Date.now() < end;) spin += 1;
    expect(spin).toBeGreaterThan(0);
    expect(treeCpuMs(process.pid)).toBeGreaterThan(before);
  });
});
