import type { RobustnessResult } from '@caliper/engine';

/**
 * The `robustness` block of `caliper radiomics --perturb --json`: the computations (unperturbed
 * first) with their parameters, the thresholds and ICC form, a summary, and per feature key
 * { cv, icc, unstable, values } (values in the order of `perturbations`). Added beside the
 * contract's fields, none of which it renames or drops.
 */
export function robustnessDocument(r: RobustnessResult) {
  return {
    method: 'image perturbation (Zwanenburg et al. 2019, Sci Rep 9:614); docs/radiomics.md "Robustness"',
    perturbations: r.perturbations.map((p) => ({
      id: p.id,
      ...p.perturbation,
      ...(p.perturbation.kind === 'erode' || p.perturbation.kind === 'dilate' ? { voxels: 1, connectivity: r.parameters.connectivity } : {}),
      ...(p.sigma !== undefined ? { sigma: p.sigma, sigmaSource: p.sigmaSource } : {}),
      roiVoxels: p.roiVoxels,
      ...(p.error ? { error: p.error.kind } : {}),
    })),
    parameters: r.parameters,
    summary: r.summary,
    features: r.features,
  };
}
