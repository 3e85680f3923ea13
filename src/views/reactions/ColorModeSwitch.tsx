import { COLOR_MODES, type ColorMode } from '../../core/reactions';

const COLOR_LABELS: Record<ColorMode, string> = {
  stance: 'Stance',
  sources: 'Number of reporting articles',
};

/** What the map's colours mean: the stance taken, or how widely it was reported. */
export function ColorModeSwitch({ mode, onChange }: { mode: ColorMode; onChange: (mode: ColorMode) => void }) {
  return (
    <fieldset className="rx-set rx-color">
      <legend>Colour the map by</legend>
      {COLOR_MODES.map((m) => (
        <label key={m}>
          <input type="radio" name="rx-color" checked={mode === m} onChange={() => onChange(m)} /> {COLOR_LABELS[m]}
        </label>
      ))}
    </fieldset>
  );
}
