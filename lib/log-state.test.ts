import { describe, expect, it } from 'vitest';
import { logState, stagesInForce, type LogEntry } from './log-state';

let nextId = 1;
function entry(e: Partial<LogEntry> & Pick<LogEntry, 'asOf'>): LogEntry {
  return { id: nextId++, entryType: 'update', verdict: 'in-progress', stage: null, correctsId: null, ...e };
}

describe('logState', () => {
  it('with no entries: not started, no stage, no update', () => {
    expect(logState([])).toEqual({ verdict: 'not-started', stage: null, lastUpdateOn: null, effective: [] });
  });

  it('takes the verdict and stage of the newest update, by as-of date, whatever order the entries arrive in', () => {
    const a = entry({ asOf: '2024-01-01', verdict: 'not-started', stage: 'announced' });
    const b = entry({ asOf: '2024-06-01', verdict: 'in-progress', stage: 'planned' });
    const state = logState([b, a]);
    expect(state).toMatchObject({ verdict: 'in-progress', stage: 'planned', lastUpdateOn: '2024-06-01' });
    expect(state.effective.map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('orders entries of the same day by id', () => {
    const a = entry({ asOf: '2024-06-01', verdict: 'in-progress' });
    const b = entry({ asOf: '2024-06-01', verdict: 'stalled' });
    expect(logState([b, a]).verdict).toBe('stalled');
  });

  it('an update with stage null carries the stage forward (the "stage was lost" bug)', () => {
    const entries = [
      entry({ asOf: '2024-01-01', stage: 'planned' }),
      entry({ asOf: '2024-06-01', stage: 'under-construction' }),
      entry({ asOf: '2025-01-01', stage: null, verdict: 'stalled' }),
    ];
    const state = logState(entries);
    expect(state.stage).toBe('under-construction');
    expect(state.verdict).toBe('stalled');
    expect(state.lastUpdateOn).toBe('2025-01-01');
  });

  it('reviews never change the verdict, the stage or the last update date', () => {
    const entries = [
      entry({ asOf: '2024-06-01', verdict: 'in-progress', stage: 'under-construction' }),
      entry({ asOf: '2025-01-01', entryType: 'review', verdict: 'stalled', stage: null }),
    ];
    const state = logState(entries);
    expect(state.verdict).toBe('in-progress');
    expect(state.stage).toBe('under-construction');
    expect(state.lastUpdateOn).toBe('2024-06-01');
    // The review is still an entry in force.
    expect(state.effective).toHaveLength(2);
  });

  it('only reviews: the verdict is not-started and there is no last update', () => {
    const state = logState([entry({ asOf: '2025-01-01', entryType: 'review', verdict: 'in-progress' })]);
    expect(state.verdict).toBe('not-started');
    expect(state.lastUpdateOn).toBeNull();
  });

  it('a correction replaces the entry it corrects: the corrected entry no longer counts', () => {
    const wrong = entry({ asOf: '2025-01-01', verdict: 'achieved', stage: 'completed' });
    const earlier = entry({ asOf: '2024-06-01', verdict: 'in-progress', stage: 'under-construction' });
    const fix = entry({ asOf: '2025-01-01', verdict: 'in-progress', stage: 'partly-operational', correctsId: wrong.id });
    const state = logState([earlier, wrong, fix]);
    expect(state.verdict).toBe('in-progress');
    expect(state.stage).toBe('partly-operational');
    expect(state.effective.map((e) => e.id)).toEqual([earlier.id, fix.id]);
  });

  it('a correction that leaves the stage unstated keeps the stage of the entry it corrects: it fixes only what it states', () => {
    const earlier = entry({ asOf: '2024-06-01', stage: 'planned' });
    const wrong = entry({ asOf: '2025-01-01', verdict: 'stalled', stage: 'under-construction' });
    const fix = entry({ asOf: '2025-01-01', verdict: 'in-progress', stage: null, correctsId: wrong.id });
    const state = logState([earlier, wrong, fix]);
    expect(state.verdict).toBe('in-progress');
    expect(state.stage).toBe('under-construction');
  });

  it('through a chain of corrections, and falls back to the stage before when no entry in the chain states one', () => {
    const earlier = entry({ asOf: '2024-06-01', stage: 'planned' });
    const wrong = entry({ asOf: '2025-01-01', verdict: 'stalled', stage: 'under-construction' });
    const fix = entry({ asOf: '2025-01-01', verdict: 'achieved', stage: null, correctsId: wrong.id });
    const fixAgain = entry({ asOf: '2025-01-01', verdict: 'in-progress', stage: null, correctsId: fix.id });
    expect(logState([earlier, wrong, fix, fixAgain]).stage).toBe('under-construction');

    const unstaged = entry({ asOf: '2025-02-01', verdict: 'stalled', stage: null });
    const unstagedFix = entry({ asOf: '2025-02-01', verdict: 'in-progress', stage: null, correctsId: unstaged.id });
    expect(logState([earlier, unstaged, unstagedFix]).stage).toBe('planned');
  });
});

describe('stagesInForce', () => {
  it('gives each entry the stage in force after it, carried over entries that leave it unstated', () => {
    const a = entry({ asOf: '2024-01-01', stage: null });
    const b = entry({ asOf: '2024-03-01', stage: 'planned' });
    const c = entry({ asOf: '2024-06-01', stage: null });
    const d = entry({ asOf: '2024-09-01', entryType: 'review', stage: null });
    const e = entry({ asOf: '2025-01-01', stage: 'under-construction' });
    const stages = stagesInForce([e, d, c, b, a]);
    expect([...stages.entries()]).toEqual([
      [a.id, null],
      [b.id, 'planned'],
      [c.id, 'planned'],
      [d.id, 'planned'],
      [e.id, 'under-construction'],
    ]);
  });

  it('a corrected entry shows its own stage in its place but does not pass it on', () => {
    const a = entry({ asOf: '2024-01-01', stage: 'planned' });
    const wrong = entry({ asOf: '2024-06-01', stage: 'completed' });
    const later = entry({ asOf: '2024-09-01', stage: null });
    const fix = entry({ asOf: '2024-12-01', stage: 'under-construction', correctsId: wrong.id });
    const stages = stagesInForce([a, wrong, later, fix]);
    expect(stages.get(wrong.id)).toBe('completed');
    expect(stages.get(later.id)).toBe('planned');
    expect(stages.get(fix.id)).toBe('under-construction');
  });
});
