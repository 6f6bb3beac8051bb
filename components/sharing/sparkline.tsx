import { sparkline, type SparkPoint } from '@/lib/sparkline';

const WIDTH = 440;
const HEIGHT = 90;

/**
 * The target's reported figures as a small line with the target (dashed) and the baseline
 * (dotted) for reference. Hidden from assistive technology: the figure's text summary says
 * the same in words.
 */
export function Sparkline({
  points,
  baseline,
  target,
  deadlineOn,
  classes,
}: {
  points: SparkPoint[];
  baseline: SparkPoint | null;
  target: number;
  deadlineOn: string | null;
  classes: Readonly<Record<string, string>>;
}) {
  const geometry = sparkline({ points, baseline, target, deadlineOn, width: WIDTH, height: HEIGHT, padding: 6 });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false" data-sparkline="">
      {geometry.deadlineX !== null ? (
        <line className={classes.deadlineLine} x1={geometry.deadlineX} x2={geometry.deadlineX} y1={0} y2={HEIGHT} />
      ) : null}
      <line className={classes.targetLine} x1={0} x2={WIDTH} y1={geometry.targetY} y2={geometry.targetY} />
      {geometry.baselineY !== null ? (
        <line className={classes.baselineLine} x1={0} x2={WIDTH} y1={geometry.baselineY} y2={geometry.baselineY} />
      ) : null}
      {geometry.path ? <path className={classes.line} d={geometry.path} /> : null}
      {geometry.dots.map((d, i) => (
        <circle key={i} className={classes.dot} cx={d.x} cy={d.y} r={3.5} />
      ))}
    </svg>
  );
}
