import type { Geometry } from '@caliper/core';
import { groupPhases, groupSeries, readBValue, readSpgrParameters, volumeGeometry } from '@caliper/dicom';
import type { Instance } from '@caliper/dicom';
import { classifyDynamic } from './classifyDynamic';
import type { PerfusionKind } from './perfusionKind';
import { sameGrid } from './sameGrid';

/** How a dynamic series' images make phases of one grid (headers only, no pixels). */
export interface DynamicPlan {
  readonly label: string;
  readonly geometry: Geometry;
  /** Images of each phase in slice (k) order. */
  readonly phases: readonly (readonly Instance[])[];
  /** s after the first phase, strictly increasing. */
  readonly timesS: readonly number[];
  /** e.g. 'TriggerTime (0018,1060)'. */
  readonly timeSource: string;
  /** e.g. 'TemporalPositionIdentifier (0020,0100)'. */
  readonly groupedBy: string;
  /** DCE, DSC or CT perfusion (classifyDynamic), and why. */
  readonly kind: PerfusionKind;
  readonly kindWhy: string;
  /** FlipAngle/TR: required for DCE; for DSC/CT 0 when absent (not used). */
  readonly flipAngleDeg: number;
  readonly trMs: number;
  /** EchoTime (ms): required for DSC. */
  readonly teMs?: number;
}

/** '#7 DCE 3D SPGR 2.25.…', as `caliper dce` names a series. */
export const seriesLabelOf = (i: Pick<Instance, 'seriesNumber' | 'seriesDescription' | 'seriesInstanceUID'>): string =>
  [i.seriesNumber !== undefined ? `#${i.seriesNumber}` : '', i.seriesDescription ?? '', i.seriesInstanceUID].filter(Boolean).join(' ');

/**
 * Splits a dynamic series into phases as `caliper dce` does (groupPhases: Temporal
 * Position Identifier, else acquisition time; phase times from TriggerTime, else acquisition/content
 * time), checks every phase is one regular stack on the first phase's grid, tells DCE from DSC and CT perfusion (classifyDynamic) and reads FlipAngle/TR (DCE) or TE (DSC).
 * Errors name the series and what is wrong or missing (the CLI's phrases).
 */
export function planDynamicSeries(instances: readonly Instance[]): { ok: true; value: DynamicPlan } | { ok: false; error: string } {
  const images = instances.filter((i) => i.hasPixelData);
  if (!images.length) return { ok: false, error: 'not a dynamic series: no images' };
  const label = seriesLabelOf(images[0]);
  const fail = (why: string) => ({ ok: false as const, error: `${label}: ${why}` });
  // A diffusion series repeats its positions per b-value: it is read as diffusion (ADC), not as
  // phases of a dynamic series, and is not reported as a broken DCE series.
  const bValues = new Set(images.map((i) => readBValue(i.dataSet)?.bValue).filter((b) => b !== undefined));
  if (bValues.size > 1) return fail(`not a dynamic series: a diffusion series (b = ${[...bValues].sort((a, b) => a - b).join(', ')} s/mm²)`);
  const grouped = groupPhases(images);
  if (!grouped.ok) return fail(grouped.error);
  const cls = classifyDynamic(images, grouped.value.phases.length);
  if (!cls.ok) return fail(cls.error);
  const kind = cls.value.kind;
  // FlipAngle/TR convert DCE signal to concentration; DSC (ΔR2*) and CT (HU) do not need them.
  const acq = kind === 'dce' ? readSpgrParameters(images) : { ok: true as const, value: { flipAngleDeg: 0, trMs: 0 } };
  if (!acq.ok) return fail(acq.error);
  let geometry: Geometry | undefined;
  const phases: Instance[][] = [];
  for (const p of grouped.value.phases) {
    const stacks = groupSeries(p.instances).series;
    if (stacks.length !== 1 || !stacks[0].isVolume) return fail(`phase ${p.position} is not one regular stack (${stacks[0]?.notVolumeReason ?? `${stacks.length} stacks`})`);
    const g = volumeGeometry(stacks[0]);
    if (!g.ok) return fail(`phase ${p.position}: ${g.error.reason}`);
    if (geometry && !sameGrid(geometry, g.value)) return fail(`phase ${p.position} is on another grid than phase ${grouped.value.phases[0].position}`);
    geometry ??= g.value;
    phases.push(stacks[0].slices.map((s) => s.instance));
  }
  return {
    ok: true,
    value: {
      label, geometry: geometry!, phases, timesS: grouped.value.phases.map((p) => p.timeS),
      timeSource: grouped.value.timeSource, groupedBy: grouped.value.groupedBy, flipAngleDeg: acq.value.flipAngleDeg, trMs: acq.value.trMs,
      kind, kindWhy: cls.value.why, ...(cls.value.teMs !== undefined ? { teMs: cls.value.teMs } : {}),
    },
  };
}
