import type { LegendEntry } from './palette';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_ROW = 22;

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Lays the legend out in rows under the map, wrapping at the map's width. */
function legendGroup(entries: readonly LegendEntry[], title: string, top: number, width: number) {
  const group = el('g', { 'font-family': 'DejaVu Sans, Arial, sans-serif', 'font-size': 13, fill: '#1B1F24' });
  group.append(el('text', { x: 8, y: top + 15, 'font-weight': 'bold' }, title));
  let x = 8;
  let y = top + LEGEND_ROW;
  for (const e of entries) {
    const itemWidth = 28 + e.label.length * 7.5;
    if (x + itemWidth > width) {
      x = 8;
      y += LEGEND_ROW;
    }
    group.append(el('rect', { x, y: y + 4, width: 16, height: 12, fill: e.fill, stroke: '#1B1F24' }));
    group.append(el('text', { x: x + 22, y: y + 15 }, e.label));
    x += itemWidth + 12;
  }
  return { group, height: y + LEGEND_ROW - top + 6 };
}

/**
 * A standalone copy of the map: namespaces declared, interactive attributes dropped, the
 * legend drawn in, so the file means the same thing wherever it is opened.
 */
export type ExportedSvg = { text: string; width: number; height: number };

export function exportSvg(svg: SVGSVGElement, entries: readonly LegendEntry[], title: string): ExportedSvg {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [, , width = 960, height = 470] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  for (const node of copy.querySelectorAll('[tabindex],[role],[aria-pressed],[aria-label]')) {
    for (const attr of ['tabindex', 'role', 'aria-pressed', 'aria-label', 'class', 'data-code'])
      node.removeAttribute(attr);
  }
  const legend = legendGroup(entries, title, height, width);
  copy.append(legend.group);
  const total = height + legend.height;
  copy.insertBefore(el('rect', { width, height: total, fill: '#FFFFFF' }), copy.firstChild);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  copy.setAttribute('viewBox', `0 0 ${width} ${total}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(total));
  copy.removeAttribute('class');
  copy.removeAttribute('role');
  copy.removeAttribute('aria-label');
  const text = new XMLSerializer().serializeToString(copy);
  return { text, width, height: total };
}

/** Draws the SVG on a canvas at twice its size, for a sharp PNG. */
export async function svgToPngBlob({ text, width, height }: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The browser could not draw the map as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser has no 2D canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
