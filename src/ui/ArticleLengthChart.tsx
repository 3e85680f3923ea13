import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
} from 'recharts';

const SERIES = [
  { key: 'words', name: 'Words', colour: '#1f5fa8' },
  { key: 'sentences', name: 'Sentences', colour: '#e69f00' },
] as const;

/** Roughly how wide one character of the 12 px axis font is, so labels are cut without measuring them. */
const CHAR_PX = 7;

/**
 * An axis label cut to the room its bar has, with the whole label as its tooltip: on a phone the
 * source names ran into each other. Arithmetic, not measuring, so drawing stays one cheap pass.
 */
export function FittedTick({ x, y, width, visibleTicksCount, payload }: XAxisTickContentProps) {
  const label = String(payload?.value ?? '');
  const room = Math.max(2, Math.floor(Number(width ?? 0) / Math.max(1, visibleTicksCount ?? 1) / CHAR_PX));
  const shown = label.length > room ? `${label.slice(0, room - 1).trimEnd()}…` : label;
  return (
    <text x={x} y={y} dy={12} textAnchor="middle" fontSize={12} fill="#555">
      <title>{label}</title>
      {shown}
    </text>
  );
}

export type ArticleLengthDatum = { label: string; words: number; sentences: number };

/** Words and sentences per article on two axes; the data arrives prepared, in column order. */
export default function ArticleLengthChart({ data }: { data: readonly ArticleLengthDatum[] }) {
  return (
    <>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={[...data]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Every label while they fit; past 20 bars every nth, about ten in all: letting recharts pick
            labels that do not overlap measured every label's width in the page, a long task. */}
          <XAxis dataKey="label" tick={FittedTick} interval={data.length > 20 ? Math.ceil(data.length / 10) - 1 : 0} />
          <YAxis
            yAxisId="words"
            tick={{ fontSize: 12 }}
            label={{ value: 'words', angle: -90, position: 'insideLeft', fontSize: 12 }}
          />
          <YAxis
            yAxisId="sentences"
            orientation="right"
            tick={{ fontSize: 12 }}
            label={{ value: 'sentences', angle: 90, position: 'insideRight', fontSize: 12 }}
          />
          <Tooltip />
          {SERIES.map((s) => (
            <Bar key={s.key} yAxisId={s.key} dataKey={s.key} name={s.name} fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      {/* The key is plain HTML: recharts' own legend measures itself once drawn and then draws the whole
        chart again, which made the chart of a 5,000-article corpus a 300 ms task. */}
      <ul className="chart-key">
        {SERIES.map((s) => (
          <li key={s.key}>
            <span className="chart-swatch" style={{ background: s.colour }} aria-hidden="true" />
            {s.name}
          </li>
        ))}
      </ul>
    </>
  );
}
