import { describe, expect, it } from 'vitest';
import { plannedHistory, type PlannedDate } from './planned';

const stated = (id: number, statedOn: string, plannedOn: string, plannedText: string | null = null): PlannedDate => ({
  id,
  statedOn,
  plannedOn,
  plannedText,
});

describe('plannedHistory', () => {
  it('is empty with no statements', () => {
    expect(plannedHistory([])).toEqual({ current: null, first: null, moves: [], movedLater: false });
  });

  it('orders the statements by the day the source gave them, whatever order they arrive in', () => {
    const a = stated(1, '2023-03-01', '2025-12-31', 'in 2025');
    const b = stated(2, '2024-06-01', '2026-06-30');
    const c = stated(3, '2025-02-01', '2026-12-31');
    const h = plannedHistory([c, a, b]);
    expect(h.first).toEqual(a);
    expect(h.current).toEqual(c);
    expect(h.moves).toEqual([
      { from: a, to: b, later: true },
      { from: b, to: c, later: true },
    ]);
    expect(h.movedLater).toBe(true);
  });

  it('orders statements of the same day by id', () => {
    const h = plannedHistory([stated(5, '2024-01-01', '2026-12-31'), stated(2, '2024-01-01', '2025-12-31')]);
    expect(h.first?.id).toBe(2);
    expect(h.current?.id).toBe(5);
  });

  it('a statement repeating the same date is not a move', () => {
    const h = plannedHistory([stated(1, '2023-01-01', '2025-12-31'), stated(2, '2024-01-01', '2025-12-31')]);
    expect(h.moves).toEqual([]);
    expect(h.movedLater).toBe(false);
    expect(h.current?.id).toBe(2);
  });

  it('a date brought forward is a move, not a later one; movedLater compares the latest with the first', () => {
    const a = stated(1, '2023-01-01', '2026-12-31');
    const b = stated(2, '2024-01-01', '2025-12-31');
    const h = plannedHistory([a, b]);
    expect(h.moves).toEqual([{ from: a, to: b, later: false }]);
    expect(h.movedLater).toBe(false);
  });

  it('moved later and then back to the first date: moves recorded, but not moved later overall', () => {
    const h = plannedHistory([stated(1, '2023-01-01', '2025-12-31'), stated(2, '2024-01-01', '2026-12-31'), stated(3, '2025-01-01', '2025-12-31')]);
    expect(h.moves.map((m) => m.later)).toEqual([true, false]);
    expect(h.movedLater).toBe(false);
  });

  it('knows only what was stated by the end of asOf', () => {
    const dates = [stated(1, '2023-01-01', '2025-12-31'), stated(2, '2024-06-01', '2026-12-31')];
    const before = plannedHistory(dates, '2024-05-31');
    expect(before.current?.id).toBe(1);
    expect(before.moves).toEqual([]);
    expect(before.movedLater).toBe(false);
    const onTheDay = plannedHistory(dates, '2024-06-01');
    expect(onTheDay.current?.id).toBe(2);
    expect(onTheDay.movedLater).toBe(true);
    expect(plannedHistory(dates, '2022-12-31')).toEqual({ current: null, first: null, moves: [], movedLater: false });
  });

  it('does not reorder the caller’s array', () => {
    const dates = [stated(2, '2024-06-01', '2026-12-31'), stated(1, '2023-01-01', '2025-12-31')];
    plannedHistory(dates);
    expect(dates.map((d) => d.id)).toEqual([2, 1]);
  });
});
