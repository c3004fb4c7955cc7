/** A scale bar: its length in mm (a round number) and on screen (CSS px). */
export interface ScaleBar {
  readonly lengthMm: number;
  readonly lengthPx: number;
  /** e.g. '50 mm', '0.5 mm', '10 cm' (centimetres from 100 mm up). */
  readonly label: string;
}

export interface ScaleBarOptions {
  /** Longest bar allowed, CSS px. */
  readonly maxPx: number;
  /** Shortest bar worth drawing, CSS px; default 24. */
  readonly minPx?: number;
}

/**
 * The longest round length (1, 2 or 5 × 10ⁿ mm) whose bar fits in `maxPx` at `mmPerPx`
 * (mm per CSS pixel, from the viewport's canvas-to-world scale). undefined when even the best bar
 * would be shorter than `minPx` or the scale is not a positive number.
 */
export function chooseScaleBar(mmPerPx: number, options: ScaleBarOptions): ScaleBar | undefined {
  const minPx = options.minPx ?? 24;
  if (!(mmPerPx > 0) || !Number.isFinite(mmPerPx) || !(options.maxPx > 0)) return undefined;
  const maxMm = options.maxPx * mmPerPx;
  const decade = 10 ** Math.floor(Math.log10(maxMm));
  const lengthMm = [5, 2, 1].map((m) => m * decade).find((l) => l <= maxMm * (1 + 1e-9))!;
  const lengthPx = lengthMm / mmPerPx;
  if (lengthPx < minPx) return undefined;
  const label = lengthMm >= 100 ? `${trim(lengthMm / 10)} cm` : `${trim(lengthMm)} mm`;
  return { lengthMm, lengthPx, label };
}

const trim = (v: number): string => String(Number(v.toPrecision(6)));
