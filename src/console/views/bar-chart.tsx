/** One bar of a chart: its label (a day) and its value. */
export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 720;
const HEIGHT = 160;
const LEFT = 40;
const BOTTOM = 22;
const TOP = 8;

/**
 * A small bar chart as server-rendered SVG (no script, scales to the page's width). The SVG is
 * one image named by `title` and summarised by `summary`; each bar's own title shows its
 * numbers on hover. The exact numbers belong in a table beside it.
 */
export function BarChart(props: { id: string; title: string; summary: string; bars: Bar[] }) {
  const { bars } = props;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plotWidth = WIDTH - LEFT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(1, step * 0.8);
  const y = (v: number) => TOP + plotHeight - (v / max) * plotHeight;
  const ticks = bars.length > 1 ? [0, Math.floor((bars.length - 1) / 2), bars.length - 1] : [0];
  return (
    <svg
      class="bar-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.summary}</desc>
      <line class="axis" x1={LEFT} y1={y(0)} x2={WIDTH} y2={y(0)} />
      <text class="tick" x={LEFT - 6} y={y(max) + 4} text-anchor="end">
        {max}
      </text>
      <text class="tick" x={LEFT - 6} y={y(0) + 4} text-anchor="end">
        0
      </text>
      {bars.map((b, i) => (
        <rect
          class="bar"
          x={LEFT + i * step + (step - barWidth) / 2}
          y={y(b.value)}
          width={barWidth}
          height={y(0) - y(b.value)}
        >
          <title>{`${b.label}: ${b.value}`}</title>
        </rect>
      ))}
      {[...new Set(ticks)].map((i, n, all) => (
        <text
          class="tick"
          x={LEFT + i * step + step / 2}
          y={HEIGHT - 6}
          text-anchor={
            all.length === 1
              ? 'middle'
              : n === 0
                ? 'start'
                : n === all.length - 1
                  ? 'end'
                  : 'middle'
          }
        >
          {bars[i]?.label ?? ''}
        </text>
      ))}
    </svg>
  );
}
