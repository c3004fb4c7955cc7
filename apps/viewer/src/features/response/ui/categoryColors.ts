import { classOf } from '@caliper/response';

/**
 * Category colours from the Okabe–Ito palette (distinguishable under deuteranopia and
 * protanopia); the category is always written out as well, colour is never the only cue.
 */
const COLORS: Record<string, string> = {
  CR: '#009E73', PR: '#56B4E9', SD: '#E69F00', PD: '#D55E00', UPD: '#CC79A7', CPD: '#D55E00', NE: '#8a96a3',
};

export function categoryColor(response: string): string {
  return COLORS[classOf(response)] ?? COLORS.NE;
}
