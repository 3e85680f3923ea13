import { useState, type RefObject } from 'react';
import {
  reactionChangeLine,
  reactionsGeoJson,
  reactionsTable,
  type CountrySummary,
  type ReactionRow,
} from '../../core/reactions';
import { toCsv, toJson, toTsv } from '../../core/export/table';
import type { ReactionReview } from '../../core/review/reviewedReactions';
import type { ReviewForTable } from '../../core/review/tableColumns';
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
  /** The review's columns for the CSV, JSON and copied table. */
  review: ReviewForTable;
  /** Each reaction's corrections, for the GeoJSON's "corrected" property. */
  reviews: ReadonlyMap<string, ReactionReview>;
};

async function geoJsonText(
  summaries: readonly CountrySummary[],
  reviews: ReadonlyMap<string, ReactionReview>,
): Promise<string> {
  const atlas = await loadAtlas();
  const missing = summaries.some((s) => !featureFor(atlas, s.code));
  const points = missing ? await loadFallbackPoints() : new Map<string, [number, number]>();
  const collection = reactionsGeoJson(
    summaries,
    (code) => {
      const feature = featureFor(atlas, code);
      if (feature) return feature.geometry;
      const point = points.get(code);
      return point ? { type: 'Point', coordinates: point } : null;
    },
    (id) => (reviews.get(id)?.changes ?? []).map(reactionChangeLine),
  );
  return `${JSON.stringify(collection)}\n`;
}

/**
 * Downloads of exactly what the filters show, as the review leaves it: the rows (with the review's
 * columns), the countries with their shapes, and the map itself.
 */
export function ReactionsExports({ corpus, rows, summaries, legend, legendTitle, svgRef, review, reviews }: Props) {
  const [message, setMessage] = useState('');
  const stem = `reactions-${corpus.id}`;
  const table = () => reactionsTable(corpus, rows, review);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(toTsv(table()));
      setMessage('Table copied: paste it into a spreadsheet or document.');
    } catch {
      setMessage('The browser did not allow copying; use the download buttons instead.');
    }
  };
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
          void save('CSV', `${stem}.csv`, async () => new Blob([toCsv(table())], { type: 'text/csv;charset=utf-8' }))
        }
      >
        Download CSV
      </button>
      <button
        type="button"
        onClick={() =>
          void save('JSON', `${stem}.json`, async () => new Blob([toJson(table())], { type: 'application/json' }))
        }
      >
        Download JSON
      </button>
      <button type="button" onClick={() => void copy()}>
        Copy as table
      </button>
      <button
        type="button"
        onClick={() =>
          void save(
            'GeoJSON',
            `${stem}.geojson`,
            async () => new Blob([await geoJsonText(summaries, reviews)], { type: 'application/geo+json' }),
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
