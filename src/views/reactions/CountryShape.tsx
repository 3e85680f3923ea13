import type { KeyboardEvent } from 'react';
import { summaryLine } from '../../core/reactions';
import type { ReactingShape } from './mapLayout';

type Props = {
  shape: ReactingShape;
  fill: string;
  selected: boolean;
  onSelect: (code: string) => void;
  onHover: (code: string | null) => void;
};

const MARKER_RADIUS = 5;

/**
 * One reacting country: a focusable shape that behaves as a button. A country too small to see
 * also gets a marker; when the atlas has no shape, the marker itself is the button.
 */
export function CountryShape({ shape, fill, selected, onSelect, onHover }: Props) {
  const { summary, d, marker } = shape;
  const line = `${summary.name}: ${summaryLine(summary)}`;
  const select = () => onSelect(summary.code);
  const interactive = {
    role: 'button',
    tabIndex: 0,
    'aria-label': line,
    'aria-pressed': selected,
    className: selected ? 'rx-country rx-selected' : 'rx-country',
    'data-code': summary.code,
    onClick: select,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      select();
    },
    onMouseEnter: () => onHover(summary.code),
    onMouseLeave: () => onHover(null),
    onFocus: () => onHover(summary.code),
    onBlur: () => onHover(null),
  } as const;
  const stroke = selected ? '#000000' : '#1B1F24';
  const strokeWidth = selected ? 2 : 0.6;
  const circle = marker && (
    <circle
      cx={marker[0]}
      cy={marker[1]}
      r={MARKER_RADIUS}
      fill={fill}
      stroke={stroke}
      strokeWidth={selected ? 2 : 1}
      {...(d ? { 'aria-hidden': true, onClick: select, className: 'rx-marker' } : interactive)}
    >
      {!d && <title>{line}</title>}
    </circle>
  );
  return (
    <>
      {d && (
        <path d={d} fill={fill} stroke={stroke} strokeWidth={strokeWidth} {...interactive}>
          <title>{line}</title>
        </path>
      )}
      {circle}
    </>
  );
}
