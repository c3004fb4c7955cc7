import type { KeyImageRole } from './types';

/**
 * The caption of a key image, without identifiers: `L1 · baseline · 2026-01-12 · 40.0 × 25.9 mm`
 * (long × short axis, mm, one decimal; only the long axis when there is no short axis; no size
 * when neither was measured).
 */
export function keyImageCaption(lesion: string, role: KeyImageRole, date: string, longMm?: number | null, shortMm?: number | null): string {
  const size = longMm == null ? null : shortMm == null ? `${longMm.toFixed(1)} mm` : `${longMm.toFixed(1)} × ${shortMm.toFixed(1)} mm`;
  return [lesion, role, date, ...(size ? [size] : [])].join(' · ');
}
