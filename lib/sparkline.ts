// Geometry of the embed widget's mini chart: the reported figures of a target over time,
// with the baseline and the target as reference lines. Drawn as a server-rendered SVG so the
// widget shows its chart without any script (it may sit in someone else's page).

export type SparkPoint = { on: string; value: number };

export type SparklineInput = {
  points: SparkPoint[];
  baseline: SparkPoint | null;
  target: number;
  /** The deadline in force: the x axis runs to it, so the gap left to cover is visible. */
  deadlineOn: string | null;
  width: number;
  height: number;
  /** Room kept free on every side, so dots and strokes are not clipped. */
  padding: number;
};

export type Sparkline = {
  /** SVG path through baseline and points in date order; empty when there is nothing to draw. */
  path: string;
  dots: { x: number; y: number }[];
  targetY: number;
  baselineY: number | null;
  /** x of the deadline, when there is one. */
  deadlineX: number | null;
};

const dayNumber = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

const round = (n: number): number => Math.round(n * 10) / 10;

export function sparkline(input: SparklineInput): Sparkline {
  const series = [...(input.baseline ? [input.baseline] : []), ...input.points].sort((a, b) => dayNumber(a.on) - dayNumber(b.on));
  const days = [...series.map((p) => dayNumber(p.on)), ...(input.deadlineOn ? [dayNumber(input.deadlineOn)] : [])];
  const values = [...series.map((p) => p.value), input.target];
  const minDay = Math.min(...days);
  const maxDay = Math.max(...days);
  const minValue = Math.min(...values);
  const maxValue = Math.max(...values);
  const innerWidth = input.width - 2 * input.padding;
  const innerHeight = input.height - 2 * input.padding;
  // A single date or a single value would divide by zero: centre that axis instead.
  const x = (day: number) => round(maxDay === minDay ? input.width / 2 : input.padding + ((day - minDay) / (maxDay - minDay)) * innerWidth);
  const y = (value: number) =>
    round(maxValue === minValue ? input.height / 2 : input.padding + (1 - (value - minValue) / (maxValue - minValue)) * innerHeight);

  const dots = series.map((p) => ({ x: x(dayNumber(p.on)), y: y(p.value) }));
  return {
    path: dots.length === 0 ? '' : dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x} ${d.y}`).join(' '),
    dots,
    targetY: y(input.target),
    baselineY: input.baseline ? y(input.baseline.value) : null,
    deadlineX: input.deadlineOn && days.length > 0 ? x(dayNumber(input.deadlineOn)) : null,
  };
}
