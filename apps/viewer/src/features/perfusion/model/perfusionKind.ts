/**
 * The three dynamic-contrast analyses the viewer offers: DCE-MRI (T1-weighted, tracer kinetics),
 * DSC-MRI (T2*-weighted, ΔR2* and deconvolution) and CT perfusion (HU enhancement and deconvolution).
 */
export type PerfusionKind = 'dce' | 'dsc' | 'ctp';

/** Panel title and button text of each kind. */
export const KIND_NAME: Readonly<Record<PerfusionKind, string>> = { dce: 'DCE', dsc: 'DSC perfusion', ctp: 'CT perfusion' };
