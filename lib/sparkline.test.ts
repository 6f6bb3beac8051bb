import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

const box = { width: 200, height: 100, padding: 10 };

describe('sparkline', () => {
  it('maps the earliest date to the left edge, the deadline to the right, the highest value to the top', () => {
    const g = sparkline({
      ...box,
      baseline: { on: '2022-12-31', value: 10.6 },
      points: [{ on: '2023-12-31', value: 11.2 }],
      target: 15,
      deadlineOn: '2027-12-31',
    });
    expect(g.dots[0]).toEqual({ x: 10, y: 90 });
    expect(g.deadlineX).toBe(190);
    expect(g.targetY).toBe(10);
    expect(g.baselineY).toBe(90);
    // 2023-12-31 is 365 of the 1826 days from baseline to deadline.
    expect(g.dots[1]?.x).toBeCloseTo(10 + (365 / 1826) * 180, 0);
    expect(g.dots[1]?.y).toBeCloseTo(10 + (1 - 0.6 / 4.4) * 80, 0);
    expect(g.path).toBe(`M10 90 L${g.dots[1]?.x} ${g.dots[1]?.y}`);
  });

  it('draws points in date order whatever order they come in', () => {
    const g = sparkline({
      ...box,
      baseline: null,
      points: [
        { on: '2024-12-31', value: 3 },
        { on: '2022-12-31', value: 1 },
      ],
      target: 5,
      deadlineOn: null,
    });
    expect(g.dots.map((d) => d.x)).toEqual([10, 190]);
    expect(g.deadlineX).toBeNull();
  });

  it('puts a falling target below the data', () => {
    const g = sparkline({ ...box, baseline: { on: '2020-12-31', value: 50 }, points: [], target: 20, deadlineOn: '2030-12-31' });
    expect(g.targetY).toBe(90);
    expect(g.baselineY).toBe(10);
  });

  it('centres an axis with a single date or value instead of dividing by zero', () => {
    const g = sparkline({ ...box, baseline: null, points: [{ on: '2023-12-31', value: 7 }], target: 7, deadlineOn: null });
    expect(g.dots).toEqual([{ x: 100, y: 50 }]);
    expect(g.targetY).toBe(50);
    expect(Number.isFinite(g.dots[0]!.x)).toBe(true);
  });

  it('has nothing to draw without data, but still places the target', () => {
    const g = sparkline({ ...box, baseline: null, points: [], target: 1, deadlineOn: null });
    expect(g.path).toBe('');
    expect(g.dots).toEqual([]);
    expect(g.targetY).toBe(50);
  });
});
