type Option<T extends string> = { value: T; label: string };

type Props<T extends string> = {
  legend: string;
  options: readonly Option<T>[];
  /** An empty selection means "all", which is how the URL stores it. */
  selected: readonly T[];
  onChange: (next: T[]) => void;
  className?: string;
};

/** A set of checkboxes for a filter where nothing ticked means nothing is filtered out. */
export function CheckboxGroup<T extends string>({ legend, options, selected, onChange, className }: Props<T>) {
  const ticked = new Set(selected);
  const toggle = (value: T) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? !ticked.has(v) : ticked.has(v))));
  return (
    <fieldset className={className ? `rx-set ${className}` : 'rx-set'}>
      <legend>
        {legend} <span className="muted">{selected.length === 0 ? '(all)' : `(${selected.length} chosen)`}</span>
      </legend>
      {options.map((o) => (
        <label key={o.value} title={o.label}>
          <input type="checkbox" checked={ticked.has(o.value)} onChange={() => toggle(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}
