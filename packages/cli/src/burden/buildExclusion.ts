import type { Mask, Result, Volume } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { detectPhysiologicalUptake } from '@caliper/engine';
import type { BurdenMethod } from '@caliper/engine';
import { tracerFamily } from '@caliper/dicom';
import type { Tracer } from '@caliper/dicom';
import { readExclusionMask } from './readExclusionMask';

export interface Exclusion {
  /** `exclusion` of the JSON output. */
  readonly summary: { readonly source: 'none' | 'seg' | 'nifti' | 'auto'; readonly voxelCount: number; readonly organs: readonly string[] };
  readonly mask: Mask | null;
  readonly notes: readonly string[];
}

/** Organ-candidate level for `auto`: the burden threshold, capped at the tracer's usual lesion threshold. */
export const AUTO_LEVEL = { PSMA: 3, other: 2.5 } as const;

const count = (m: Mask): number => {
  if (!m.bbox) return 0;
  let n = 0;
  for (let q = 0; q < m.data.length; q++) n += m.data[q];
  return n;
};

/**
 * `--exclude` → the voxels that never belong to a lesion: none; a SEG/NIfTI file; or `auto`
 * (detectPhysiologicalUptake with the PSMA organ set for PSMA tracers and psma-* methods, organ
 * candidates at min(threshold, 3 PSMA / 2.5 other) SUVbw, the CT as HU veto when given).
 */
export function buildExclusion(exclude: string | null, pet: Volume, tracer: Tracer, method: BurdenMethod, thresholdSuv: number, ct: Volume | null): Result<Exclusion, string> {
  if (exclude === null) return ok({ summary: { source: 'none', voxelCount: 0, organs: [] }, mask: null, notes: ct ? ['--ct is used by --exclude auto only'] : [] });
  if (exclude !== 'auto') {
    const m = readExclusionMask(exclude, pet.geometry);
    if (!m.ok) return err(m.error);
    return ok({ summary: { source: m.value.source, voxelCount: count(m.value.mask), organs: m.value.organs }, mask: m.value.mask, notes: ct ? ['--ct is used by --exclude auto only'] : [] });
  }
  const fam = tracerFamily(tracer);
  const psma = fam.family === 'PSMA' || method.startsWith('psma-');
  const level = Math.min(thresholdSuv, psma ? AUTO_LEVEL.PSMA : AUTO_LEVEL.other);
  const found = detectPhysiologicalUptake(pet, { psma, minSuv: level, ct });
  const notes = [
    `auto exclusion: ${psma ? 'PSMA organ set (brain, salivary glands, liver, spleen, kidneys, bladder)' : 'brain, kidneys, bladder'}; candidates = 26-connected components of SUVbw >= ${level}${ct ? ', CT median HU as veto' : ''} (docs/burden.md)`,
    ...(fam.known ? [] : [`tracer '${tracer.name ?? 'unknown'}' not recognised: FDG organ rules used`]),
    ...found.organs.map((o) => `auto exclusion: ${o.organ} ${o.volumeMl.toFixed(1)} mL at [${o.centroidMm.map((x) => x.toFixed(1)).join(', ')}] mm${o.medianHu !== null ? `, median ${o.medianHu.toFixed(0)} HU` : ''}`),
    ...(ct && found.organs.length > 0 && found.organs.every((o) => o.medianHu === null) ? ['--ct does not overlap the PET (different frame of reference?): no HU check was made'] : []),
  ];
  return ok({ summary: { source: 'auto', voxelCount: count(found.mask), organs: found.organs.map((o) => o.organ) }, mask: found.mask, notes });
}
