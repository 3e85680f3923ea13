import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type ArticleLengthDatum = { label: string; words: number; sentences: number };

/** Words and sentences per article on two axes; the data arrives prepared, in column order. */
export default function ArticleLengthChart({ data }: { data: readonly ArticleLengthDatum[] }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={[...data]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {/* Every label while they fit; past 20 bars every nth, about ten in all: letting recharts pick
            labels that do not overlap measured every label's width in the page, a long task. */}
        <XAxis
          dataKey="label"
          tick={{ fontSize: 12 }}
          interval={data.length > 20 ? Math.ceil(data.length / 10) - 1 : 0}
        />
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
        <Legend />
        <Bar yAxisId="words" dataKey="words" name="Words" fill="#1f5fa8" isAnimationActive={false} />
        <Bar yAxisId="sentences" dataKey="sentences" name="Sentences" fill="#e69f00" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
