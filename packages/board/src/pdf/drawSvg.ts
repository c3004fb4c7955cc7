import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import { concatTransformationMatrix, popGraphicsState, pushGraphicsState, rgb } from 'pdf-lib';
import { winAnsi } from './winAnsi';

/** Affine matrix [a, b, c, d, e, f] as in SVG/PDF: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

function parseTransform(t: string | undefined): Matrix {
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  if (!t) return m;
  for (const [, op, args] of t.matchAll(/(translate|rotate|scale|matrix)\(([^)]*)\)/g)) {
    const a = args.split(/[\s,]+/).filter(Boolean).map(Number);
    if (op === 'translate') m = multiply(m, [1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0]);
    else if (op === 'scale') m = multiply(m, [a[0], 0, 0, a[1] ?? a[0], 0, 0]);
    else if (op === 'matrix') m = multiply(m, a as Matrix);
    else {
      const r = ((a[0] ?? 0) * Math.PI) / 180;
      const [cx, cy] = [a[1] ?? 0, a[2] ?? 0];
      m = multiply(m, [1, 0, 0, 1, cx, cy]);
      m = multiply(m, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
      m = multiply(m, [1, 0, 0, 1, -cx, -cy]);
    }
  }
  return m;
}

function parseColor(v: string | undefined): Color | null {
  if (!v || v === 'none' || v === 'transparent') return null;
  let m = /^#([0-9a-f]{6})$/i.exec(v);
  if (m) return rgb(parseInt(m[1].slice(0, 2), 16) / 255, parseInt(m[1].slice(2, 4), 16) / 255, parseInt(m[1].slice(4, 6), 16) / 255);
  m = /^#([0-9a-f]{3})$/i.exec(v);
  if (m) return rgb(parseInt(m[1][0] + m[1][0], 16) / 255, parseInt(m[1][1] + m[1][1], 16) / 255, parseInt(m[1][2] + m[1][2], 16) / 255);
  m = /^rgba?\(([^)]*)\)$/.exec(v);
  if (m) {
    const [r, g, b] = m[1].split(',').map((s) => Number(s.trim()) / 255);
    return rgb(r, g, b);
  }
  if (v === 'white') return rgb(1, 1, 1);
  if (v === 'black') return rgb(0, 0, 0);
  return rgb(0.5, 0.5, 0.5);
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

interface Style {
  m: Matrix;
  fill?: string;
  stroke?: string;
  strokeWidth: number;
  opacity: number;
  fillOpacity: number;
  strokeOpacity: number;
  dash?: number[];
  fontSize: number;
  fontWeight?: string;
  anchor?: string;
}

export interface SvgBox {
  /** Lower-left corner and size of the box on the page (PDF points); the SVG is scaled to fit, keeping its aspect. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SvgFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/**
 * Draws an SVG as PDF vector paths and real text (searchable): the subset Vega's SVG renderer
 * writes (g with transforms, path, line, rect, text; fill/stroke/opacity/dash inheritance).
 * Text uses the given standard fonts (Helvetica), so glyph widths differ slightly from the
 * browser's; anchors are recomputed with the PDF font. Returns the drawn size in points.
 */
export function drawSvg(page: PDFPage, svg: string, box: SvgBox, fonts: SvgFonts): { width: number; height: number } {
  const root = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const w = root ? Number(root[1]) : box.width;
  const h = root ? Number(root[2]) : box.height;
  const s = Math.min(box.width / w, box.height / h);
  // SVG user space (y down) → page: the top-left of the box is SVG (0, 0).
  const base: Matrix = [s, 0, 0, -s, box.x, box.y + box.height];
  const stack: Style[] = [{ m: base, fill: '#000000', strokeWidth: 1, opacity: 1, fillOpacity: 1, strokeOpacity: 1, fontSize: 11 }];
  const tags = /<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g;
  let pendingText: { style: Style; attrs: Record<string, string> } | null = null;
  let skipDepth = 0;
  for (const t of svg.matchAll(tags)) {
    const [, close, name, rawAttrs, selfClose, text] = t;
    if (text !== undefined) {
      if (pendingText && !skipDepth) drawText(page, decode(text), pendingText.style, fonts);
      continue;
    }
    if (close) {
      if (skipDepth) skipDepth--;
      else if (name === 'g' || name === 'svg') stack.pop();
      if (name === 'text') pendingText = null;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, k, v] of rawAttrs.matchAll(/([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"/g)) attrs[k] = v;
    if (skipDepth || name === 'defs' || name === 'clipPath' || attrs.display === 'none') {
      if (!selfClose) skipDepth++;
      continue;
    }
    const parent = stack[stack.length - 1];
    const style = inherit(parent, attrs);
    if (name === 'g' || name === 'svg') {
      if (!selfClose) stack.push(name === 'svg' ? { ...style, m: parent.m } : style);
    } else if (name === 'path' && attrs.d) paint(page, attrs.d, style);
    else if (name === 'line') paint(page, `M${attrs.x1 ?? 0},${attrs.y1 ?? 0}L${attrs.x2 ?? 0},${attrs.y2 ?? 0}`, style);
    else if (name === 'rect') {
      const [x, y, rw, rh] = [attrs.x, attrs.y, attrs.width, attrs.height].map((v) => Number(v ?? 0));
      if (rw > 0 && rh > 0) paint(page, `M${x},${y}h${rw}v${rh}h${-rw}Z`, style);
    } else if (name === 'text') pendingText = { style, attrs };
  }
  return { width: w * s, height: h * s };
}

function inherit(p: Style, a: Record<string, string>): Style {
  const num = (v: string | undefined, d: number): number => (v === undefined || Number.isNaN(parseFloat(v)) ? d : parseFloat(v));
  return {
    m: multiply(p.m, parseTransform(a.transform)),
    fill: a.fill ?? p.fill,
    stroke: a.stroke ?? p.stroke,
    strokeWidth: num(a['stroke-width'], p.strokeWidth),
    opacity: p.opacity * num(a.opacity, 1),
    fillOpacity: a['fill-opacity'] !== undefined ? num(a['fill-opacity'], 1) : p.fillOpacity,
    strokeOpacity: a['stroke-opacity'] !== undefined ? num(a['stroke-opacity'], 1) : p.strokeOpacity,
    dash: a['stroke-dasharray'] ? a['stroke-dasharray'].split(/[\s,]+/).map(Number) : p.dash,
    fontSize: num(a['font-size'], p.fontSize),
    fontWeight: a['font-weight'] ?? p.fontWeight,
    anchor: a['text-anchor'] ?? p.anchor,
  };
}

const FLIP: Matrix = [1, 0, 0, -1, 0, 0];

function withMatrix(page: PDFPage, m: Matrix, draw: () => void): void {
  const [a, b, c, d, e, f] = multiply(m, FLIP);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(a, b, c, d, e, f));
  draw();
  page.pushOperators(popGraphicsState());
}

function paint(page: PDFPage, d: string, st: Style): void {
  if (!/[0-9]/.test(d)) return;
  const fill = parseColor(st.fill);
  const stroke = st.strokeWidth > 0 ? parseColor(st.stroke) : null;
  if (!fill && !stroke) return;
  withMatrix(page, st.m, () =>
    // drawSvgPath flips y itself: the FLIP above cancels it, leaving the SVG's own matrix.
    page.drawSvgPath(d, {
      x: 0, y: 0,
      ...(fill ? { color: fill, opacity: st.opacity * st.fillOpacity } : {}),
      ...(stroke ? { borderColor: stroke, borderWidth: st.strokeWidth, borderOpacity: st.opacity * st.strokeOpacity } : {}),
      ...(stroke && st.dash && st.dash.every((v) => v > 0) ? { borderDashArray: st.dash, borderDashPhase: 0 } : {}),
    }),
  );
}

function drawText(page: PDFPage, raw: string, st: Style, fonts: SvgFonts): void {
  const font = st.fontWeight === 'bold' || Number(st.fontWeight) >= 600 ? fonts.bold : fonts.regular;
  const text = winAnsi(raw, font);
  if (!text.trim()) return;
  const width = font.widthOfTextAtSize(text, st.fontSize);
  const dx = st.anchor === 'end' ? -width : st.anchor === 'middle' ? -width / 2 : 0;
  const color = parseColor(st.fill) ?? rgb(0, 0, 0);
  withMatrix(page, st.m, () => page.drawText(text, { x: dx, y: 0, size: st.fontSize, font, color, opacity: st.opacity * st.fillOpacity }));
}
