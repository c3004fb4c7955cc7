import { cleanText } from './cleanText';

/** Code points shown by default: a DICOM LO/PN component holds at most 64 characters (PS3.5 §6.2). */
export const DISPLAY_MAX = 64;
/** Code points kept for a tooltip (the "full" value): enough for any real value, not 10 k. */
export const TOOLTIP_MAX = 1024;
export const ELLIPSIS = '\u2026';

export interface DisplayTextOptions {
  /** Longest text shown, in code points, the ellipsis included (default 64). */
  readonly max?: number;
  /** Longest tooltip text, in code points (default 1024). */
  readonly tooltipMax?: number;
}

export interface DisplayText {
  /** What to show: cleaned, at most `max` code points (ending in "…" when cut). */
  readonly text: string;
  /** The cleaned value for a tooltip (cut at `tooltipMax` with "…"). */
  readonly full: string;
  readonly truncated: boolean;
}

/** `s` cut to at most `max` code points (never splitting a surrogate pair), "…" last when cut. */
export function truncateText(s: string, max: number): string {
  if (s.length <= max) return s;
  const cps = Array.from(s);
  if (cps.length <= max) return s;
  return cps.slice(0, Math.max(0, max - 1)).join('').trimEnd() + ELLIPSIS;
}

/**
 * An untrusted string ready to show: cleaned (see cleanText) and cut to `max` code points with an
 * ellipsis; `full` is for the tooltip. Always rendered as text, never as HTML.
 */
export function displayText(raw: unknown, options: DisplayTextOptions = {}): DisplayText {
  const clean = cleanText(raw);
  const text = truncateText(clean, options.max ?? DISPLAY_MAX);
  return { text, full: truncateText(clean, options.tooltipMax ?? TOOLTIP_MAX), truncated: text !== clean };
}

/** The cleaned, length-capped text of an untrusted value for a `title` attribute or a message. */
export const tooltipText = (raw: unknown, max = TOOLTIP_MAX): string => truncateText(cleanText(raw), max);
