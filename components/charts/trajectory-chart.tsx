'use client';

import { useEffect, useRef, useState } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'next-intl';
import { useIntlTag } from '@/i18n/hooks';
import { formatDate, formatNumber, formatValue } from '@/lib/format';

export type ChartPoint = { on: string; value: number };
export type TrajectoryChartData = {
  unit: string;
  /** The target in force at the end of the chart. */
  target: number;
  /** The target over time when revised: each value from its date (null = from the start). */
  targetSteps: { from: string | null; value: number }[];
  /** Revision dates, marked on the axis. */
  revisions: string[];
  announcedOn: string;
  deadline: string | null;
  /** Measured values (reported, preliminary, about), joined by the line. */
  reported: (ChartPoint & { derived: boolean; preliminary: boolean })[];
  /** "At least" / "at most" figures: drawn as bounds, never joined to the line. */
  bounds: (ChartPoint & { kind: 'at-least' | 'at-most' })[];
  /** Forecasts: drawn, marked, never counted. */
  forecasts: ChartPoint[];
  alternatives: ChartPoint[];
  requiredPath: ChartPoint[];
  /** Before the first revision, the path the announced terms required. */
  requiredPathOriginal: ChartPoint[];
  projectionPath: ChartPoint[];
};

const COLORS = {
  reported: '#0b4f8a',
  alternative: '#b4540a',
  required: '#5b6573',
  projection: '#7a3db8',
  target: '#1d7a46',
  marker: '#444c56',
  forecast: '#8a5a00',
  bound: '#0b4f8a',
};

function toX(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

// Annual figures are dated at the end of their year, so ticks sit on 31 December and
// carry that year's label: the 2022 total lines up with "2022". One spare year on the
// left keeps the first point off the axis.
function yearTicks(min: number, max: number): number[] {
  let year = new Date(min).getUTCFullYear() - 1;
  if (Date.UTC(year + 1, 11, 31) > min) year -= 1;
  const ticks: number[] = [];
  for (;;) {
    const tick = Date.UTC(year, 11, 31);
    ticks.push(tick);
    if (tick >= max) return ticks;
    year += 1;
  }
}

function formatAxisValue(v: number, unit: string, locale: string): string {
  return unit === 'USD bn' || unit === '%' ? formatValue(v, unit, locale, { significant: 3 }) : formatNumber(v, locale);
}

/**
 * The trajectory of one target: reported values, other sources' values, the path
 * required to reach the target on time and the projection at the observed growth.
 * Recharts draws only in the browser; the page around it carries the text summary
 * and the data table, and `data-chart-ready` tells the PDF printer when it has drawn.
 */
export function TrajectoryChart({ data, title }: { data: TrajectoryChartData; title: string }) {
  const t = useTranslations('charts.chart');
  const tag = useIntlTag();
  const wrapper = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let frame = 0;
    const check = () => {
      if (wrapper.current?.querySelector('svg.recharts-surface')) setReady(true);
      else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, []);

  const toSeries = (points: ChartPoint[]) => points.map((p) => ({ x: toX(p.on), value: p.value }));
  const reported = data.reported.map((p) => ({ x: toX(p.on), value: p.value, derived: p.derived, preliminary: p.preliminary }));
  const bounds = data.bounds.map((p) => ({ x: toX(p.on), value: p.value, kind: p.kind }));
  const forecasts = toSeries(data.forecasts);
  const alternatives = toSeries(data.alternatives);
  const required = toSeries(data.requiredPath);
  const requiredOriginal = toSeries(data.requiredPathOriginal);
  const projection = toSeries(data.projectionPath);
  const plotted = [...reported, ...bounds, ...forecasts, ...alternatives, ...required, ...requiredOriginal, ...projection];
  const xs = plotted.map((p) => p.x);
  xs.push(toX(data.announcedOn));
  if (data.deadline) xs.push(toX(data.deadline));
  for (const r of data.revisions) xs.push(toX(r));
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const ticks = yearTicks(minX, maxX);
  const left = ticks[0] ?? minX;
  const right = ticks[ticks.length - 1] ?? maxX;
  // Revised targets are drawn as steps (below); a single target as one line.
  const steps = data.targetSteps.length > 1 ? data.targetSteps : [];
  const ys = plotted.map((p) => p.value).concat(data.target, ...data.targetSteps.map((s) => s.value));
  const maxY = Math.max(...ys) * 1.12;
  // Room for the longest tick label on one line: '$22 млрд' needs more than '$22 bn'.
  const yAxisWidth = Math.max(56, formatAxisValue(Math.ceil(maxY), data.unit, tag).length * 7 + 12);

  return (
    <div ref={wrapper} className="chart" data-chart-ready={ready ? 'true' : 'false'}>
      <ComposedChart
        responsive
        title={title}
        desc={t('description')}
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 28, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke="#e3e7ec" vertical={false} />
        <XAxis
          type="number"
          dataKey="x"
          domain={[ticks[0] ?? minX, ticks[ticks.length - 1] ?? maxX]}
          ticks={ticks}
          tickFormatter={(v: number) => String(new Date(v).getUTCFullYear())}
          tick={{ fill: '#3d4652', fontSize: 12 }}
          allowDuplicatedCategory={false}
        />
        <YAxis
          type="number"
          domain={[0, Math.ceil(maxY)]}
          tickFormatter={(v: number) => formatAxisValue(v, data.unit, tag)}
          tick={{ fill: '#3d4652', fontSize: 12 }}
          width={yAxisWidth}
        />
        <Tooltip
          labelFormatter={(v) => formatDate(new Date(Number(v)).toISOString().slice(0, 10), tag)}
          formatter={(value) => formatAxisValue(Number(value), data.unit, tag)}
        />
        {steps.length === 0 ? (
          <ReferenceLine
            y={data.target}
            stroke={COLORS.target}
            strokeWidth={2}
            label={{
              value: t('target', { value: formatAxisValue(data.target, data.unit, tag) }),
              position: 'insideTopLeft',
              fill: COLORS.target,
              fontSize: 12,
            }}
          />
        ) : (
          // The target as steps: each value from its revision to the next, labelled at its start.
          steps.map((step, i) => {
            const from = step.from === null ? left : toX(step.from);
            const next = steps[i + 1];
            const to = next?.from ? toX(next.from) : right;
            return (
              <ReferenceLine
                key={`target-${i}`}
                segment={[
                  { x: from, y: step.value },
                  { x: to, y: step.value },
                ]}
                stroke={COLORS.target}
                strokeWidth={2}
                ifOverflow="extendDomain"
                label={{
                  value: t('target', { value: formatAxisValue(step.value, data.unit, tag) }),
                  position: 'insideTopLeft',
                  fill: COLORS.target,
                  fontSize: 12,
                }}
              />
            );
          })
        )}
        {steps.slice(1).map((step, i) => (
          // The step itself: a vertical join from the value before to the revised one.
          <ReferenceLine
            key={`target-join-${i}`}
            segment={[
              { x: toX(step.from!), y: steps[i]!.value },
              { x: toX(step.from!), y: step.value },
            ]}
            stroke={COLORS.target}
            strokeWidth={2}
          />
        ))}
        {data.revisions.map((on) => (
          <ReferenceLine
            key={`revision-${on}`}
            x={toX(on)}
            stroke={COLORS.target}
            strokeDasharray="4 3"
            label={{ value: t('revised'), position: 'insideBottomRight', fill: COLORS.target, fontSize: 12 }}
          />
        ))}
        <ReferenceLine
          x={toX(data.announcedOn)}
          stroke={COLORS.marker}
          strokeDasharray="2 3"
          label={{ value: t('announced'), position: 'insideTopRight', fill: COLORS.marker, fontSize: 12 }}
        />
        {data.deadline ? (
          <ReferenceLine
            x={toX(data.deadline)}
            stroke={COLORS.marker}
            strokeDasharray="2 3"
            label={{ value: t('deadline'), position: 'insideTopRight', fill: COLORS.marker, fontSize: 12 }}
          />
        ) : null}
        <Line
          data={required}
          dataKey="value"
          name={t('required')}
          stroke={COLORS.required}
          strokeWidth={2}
          strokeDasharray="8 5"
          dot={false}
          isAnimationActive={false}
        />
        {requiredOriginal.length > 0 ? (
          <Line
            data={requiredOriginal}
            dataKey="value"
            name={t('requiredOriginal')}
            stroke={COLORS.required}
            strokeOpacity={0.45}
            strokeWidth={2}
            strokeDasharray="8 5"
            dot={false}
            isAnimationActive={false}
          />
        ) : null}
        <Line
          data={projection}
          dataKey="value"
          name={t('projection')}
          stroke={COLORS.projection}
          strokeWidth={2}
          strokeDasharray="2 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          data={reported}
          dataKey="value"
          name={t('reported')}
          stroke={COLORS.reported}
          strokeWidth={3}
          isAnimationActive={false}
          dot={(props: { cx?: number; cy?: number; index?: number }) => {
            const point = reported[props.index ?? 0];
            if (point?.preliminary) {
              return (
                <rect
                  key={`dot-${props.index}`}
                  x={(props.cx ?? 0) - 5}
                  y={(props.cy ?? 0) - 5}
                  width={10}
                  height={10}
                  stroke={COLORS.reported}
                  strokeWidth={2}
                  fill="#ffffff"
                />
              );
            }
            return (
              <circle
                key={`dot-${props.index}`}
                cx={props.cx}
                cy={props.cy}
                r={5}
                stroke={COLORS.reported}
                strokeWidth={2}
                fill={point?.derived ? '#ffffff' : COLORS.reported}
              />
            );
          }}
        />
        {forecasts.length > 0 ? (
          <Line
            data={forecasts}
            dataKey="value"
            name={t('forecast')}
            stroke={COLORS.forecast}
            strokeWidth={2}
            strokeDasharray="1 4"
            isAnimationActive={false}
            dot={{ r: 5, stroke: COLORS.forecast, strokeWidth: 2, fill: '#ffffff', strokeDasharray: '2 2' }}
          />
        ) : null}
        {bounds.length > 0 ? (
          <Scatter
            data={bounds}
            dataKey="value"
            name={t('bound')}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; index?: number }) => {
              const point = bounds[props.index ?? 0];
              const cx = props.cx ?? 0;
              const cy = props.cy ?? 0;
              // ▲ "at least": the truth lies above; ▼ "at most": below.
              const d =
                point?.kind === 'at-most'
                  ? `M${cx - 6},${cy - 4} L${cx + 6},${cy - 4} L${cx},${cy + 6} Z`
                  : `M${cx - 6},${cy + 4} L${cx + 6},${cy + 4} L${cx},${cy - 6} Z`;
              return <path key={`bound-${props.index}`} d={d} fill="#ffffff" stroke={COLORS.bound} strokeWidth={2} />;
            }}
          />
        ) : null}
        <Scatter data={alternatives} dataKey="value" name={t('alternatives')} fill={COLORS.alternative} shape="diamond" isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}
