import type { LayoutId } from '../../../app/types';
import type { HangingProtocol } from './schema';

export type Arrangement = { readonly layout: LayoutId } | { readonly error: string };

const STACK_GRIDS: Record<string, LayoutId> = { '1x1': '1x1', '1x2': '1x2', '1x3': '1x3', '2x2': '2x2' };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The viewer grid a protocol is shown in, or why it cannot be. The viewer realises four kinds of
 * hanging: stacks on a 1×1, 1×2, 1×3 or 2×2 grid; MPR of one series (axial, sagittal, coronal);
 * PET/CT on 2×2 (CT axial, fused, PET axial, PET MIP, in that order); prior | current stacks (1×2).
 */
export function arrangementOf(p: HangingProtocol): Arrangement {
  const v = p.viewports;
  const grid = `${p.layout.rows}x${p.layout.cols}`;
  const views = v.map((x) => x.view).join(',');
  if (v.length > p.layout.rows * p.layout.cols) return { error: `${v.length} viewports do not fit a ${grid} grid` };
  if (v.some((x) => x.timepoint)) {
    if (grid !== '1x2' || v.length !== 2 || v[0].timepoint !== 'prior' || v[1].timepoint !== 'current' || views !== 'stack,stack') {
      return { error: 'a prior | current protocol is a 1x2 grid of two stack viewports: timepoint "prior" then "current"' };
    }
    return p.match.prior ? { layout: 'compare' } : { error: 'a prior | current protocol needs "match": { "prior": true }' };
  }
  if (v.some((x) => x.view === 'fusion' || x.view === 'mip')) {
    if (grid !== '2x2' || views !== 'axial,fusion,axial,mip') return { error: 'a PET/CT protocol is a 2x2 grid of views axial (CT), fusion, axial (PET), mip, in that order' };
    const fused = v[1];
    if (!fused.overlay) return { error: 'the fusion viewport needs an "overlay" rule (the PET laid over the CT)' };
    if (fused.series.modality !== v[0].series.modality) return { error: 'viewport 1 must show the fusion\'s base series (same modality rule)' };
    if (fused.overlay.modality !== v[2].series.modality || fused.overlay.modality !== v[3].series.modality) {
      return { error: 'viewports 3 and 4 must show the fusion\'s overlay series (same modality rule)' };
    }
    return { layout: 'fusion' };
  }
  if (v.some((x) => x.view !== 'stack')) {
    if (grid !== '2x2' || views !== 'axial,sagittal,coronal' || !same(v[0].series, v[1].series) || !same(v[0].series, v[2].series)) {
      return { error: 'an MPR protocol is a 2x2 grid of views axial, sagittal, coronal of one series (the same rule)' };
    }
    return { layout: 'mpr' };
  }
  const layout = STACK_GRIDS[grid];
  return layout ? { layout } : { error: `stack viewports are shown on a 1x1, 1x2, 1x3 or 2x2 grid, not ${grid}` };
}
