import { useState, type RefObject } from 'react';
import { reactionsCsv, reactionsGeoJson, type CountrySummary, type ReactionRow } from '../../core/reactions';
import type { Corpus } from '../../core/schema/corpus';
import { loadAtlas, loadFallbackPoints } from './mapData';
import { featureFor } from './mapLayout';
import type { LegendEntry } from './palette';
import { downloadBlob } from '../../ui/download';
import { exportSvg, svgToPngBlob } from './svgExport';

type Props = {
  corpus: Corpus;
  rows: readonly ReactionRow[];
  summaries: readonly CountrySummary[];
  legend: readonly LegendEntry[];
  legendTitle: string;
  svgRef: RefObject<SVGSVGElement | null>;
};

async function geoJsonText(summaries: readonly CountrySummary[]): Promise<string> {
  const atlas = await loadAtlas();
  const missing = summaries.some((s) => !featureFor(atlas, s.code));
  const points = missing ? await loadFallbackPoints() : new Map<string, [number, number]>();
  const collection = reactionsGeoJson(summaries, (code) => {
    const feature = featureFor(atlas, code);
    if (feature) return feature.geometry;
    const point = points.get(code);
    return point ? { type: 'Point', coordinates: point } : null;
  });
  return `${JSON.stringify(collection)}\n`;
}

/** Downloads of exactly what the filters show: the rows, the countries with their shapes, and the map itself. */
export function ReactionsExports({ corpus, rows, summaries, legend, legendTitle, svgRef }: Props) {
  const [message, setMessage] = useState('');
  const stem = `reactions-${corpus.id}`;
  const save = async (what: string, file: string, make: () => Promise<Blob>) => {
    try {
      downloadBlob(file, await make());
      setMessage(`${what} downloaded.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const mapSvg = () => {
    if (!svgRef.current) throw new Error('The map has not finished loading yet.');
    return exportSvg(svgRef.current, legend, `${corpus.title}: ${legendTitle}`);
  };
  return (
    <div className="rx-exports" role="group" aria-label="Export what the filters show">
      <button
        type="button"
        onClick={() =>
          void save(
            'CSV',
            `${stem}.csv`,
            async () => new Blob([reactionsCsv(corpus, rows)], { type: 'text/csv;charset=utf-8' }),
          )
        }
      >
        Download CSV
      </button>
      <button
        type="button"
        onClick={() =>
          void save(
            'GeoJSON',
            `${stem}.geojson`,
            async () => new Blob([await geoJsonText(summaries)], { type: 'application/geo+json' }),
          )
        }
      >
        Download GeoJSON
      </button>
      <button
        type="button"
        onClick={() =>
          void save('SVG', `${stem}.svg`, async () => new Blob([mapSvg().text], { type: 'image/svg+xml' }))
        }
      >
        Download map as SVG
      </button>
      <button type="button" onClick={() => void save('PNG', `${stem}.png`, () => svgToPngBlob(mapSvg()))}>
        Download map as PNG
      </button>
      <span role="status" className="muted small">
        {message}
      </span>
    </div>
  );
}
