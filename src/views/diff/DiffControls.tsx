import type { Article } from '../../core/schema/corpus';

type Patch = { a?: string; b?: string; changes?: boolean; min?: number; loose?: boolean; nway?: boolean };

type Props = {
  articles: readonly Article[];
  names: Map<string, string>;
  a: string;
  b: string;
  changes: boolean;
  min: number;
  loose: boolean;
  nway: boolean;
  onChange: (patch: Patch) => void;
};

/** Which two articles, and how to compare them; every choice goes to the URL. */
export function DiffControls({ articles, names, a, b, changes, min, loose, nway, onChange }: Props) {
  const option = (article: Article) => (
    <option key={article.id} value={article.id}>
      {names.get(article.id) ?? article.sourceId} —{' '}
      {article.title.length > 60 ? `${article.title.slice(0, 58)}…` : article.title}
    </option>
  );
  return (
    <div className="diff-controls" role="group" aria-label="Comparison settings">
      <label className="mfield">
        Article A
        <select value={a} onChange={(e) => onChange({ a: e.target.value })}>
          {articles.map(option)}
        </select>
      </label>
      <button type="button" className="diff-swap" onClick={() => onChange({ a: b, b: a })}>
        ⇄ Swap A and B
      </button>
      <label className="mfield">
        Article B
        <select value={b} onChange={(e) => onChange({ b: e.target.value })}>
          {articles.map(option)}
        </select>
      </label>
      <label className="mfield">
        Pairs count below {Math.round(min * 100)}% similarity as unrelated
        <input
          type="range"
          min={0.1}
          max={0.95}
          step={0.05}
          value={min}
          onChange={(e) => onChange({ min: Number(e.target.value) })}
        />
      </label>
      <fieldset className="mfield-set">
        <legend>Show</legend>
        <label>
          <input type="checkbox" checked={changes} onChange={(e) => onChange({ changes: e.target.checked })} /> Changes
          only
        </label>
        <label>
          <input type="checkbox" checked={loose} onChange={(e) => onChange({ loose: e.target.checked })} /> Ignore case,
          spacing and punctuation
        </label>
        <label>
          <input type="checkbox" checked={nway} onChange={(e) => onChange({ nway: e.target.checked })} /> Every article
          side by side
        </label>
      </fieldset>
    </div>
  );
}
