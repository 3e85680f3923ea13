import { MIXED_FILL } from './palette';

/** A small colour sample; decorative, because the text next to it always says what it means. */
export function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="rx-swatch" width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" focusable="false">
      {fill === MIXED_FILL ? (
        <>
          {/* The map's pattern lives in the map's SVG; a swatch draws its own stripes so it works before the map loads. */}
          <rect width="16" height="12" fill="#FFFFFF" stroke="#1B1F24" strokeWidth="1" />
          <path d="M0 12 L12 0 M6 12 L16 2 M-2 6 L4 0" stroke="#1B1F24" strokeWidth="1.4" />
        </>
      ) : (
        <rect width="16" height="12" fill={fill} stroke="#1B1F24" strokeWidth="1" />
      )}
    </svg>
  );
}
