import type { Geometry } from '@caliper/core';
import { commonModules, imagePlaneModules } from '../dicom/commonModules';
import type { SeriesInfo } from '../dicom/commonModules';
import { ds } from '../dicom/elements';
import { F18_FDG, PET_BITS_STORED, PET_SOP_CLASS, petImageModule, petSeriesModules } from '../dicom/petModules';
import { makeAxialGrid } from '../grid/makeAxialGrid';
import { quantizeSlices } from '../render/quantizeSlices';
import { rasterizeLabels } from '../render/rasterizeLabels';
import { renderPet } from '../render/renderPet';
import { createRng, deriveSeed } from '../rng/createRng';
import { CLOCK, PATIENT } from './patient';
import { emitSlices } from './emitSlices';
import type { SeriesContext, WrittenSeries } from './seriesContext';

export interface PetResult {
  readonly series: WrittenSeries;
  readonly geometry: Geometry;
  /** SUVbw of every written voxel: stored × slope × SUV factor (from the DS texts written). */
  readonly suv: Float64Array;
  /** SUVbw per Bq/mL, from the header values as written. */
  readonly suvPerBqml: number;
}

/** SUVbw per Bq/mL from header values: weight (g) / decay-corrected dose (Bq), DecayCorrection START. */
export function suvFactor(weightKg: string, doseBq: string, halfLifeS: string, uptakeS: number): number {
  const decayed = parseFloat(doseBq) * Math.pow(2, -uptakeS / parseFloat(halfLifeS));
  return (parseFloat(weightKg) * 1000) / decayed;
}

/** Renders and writes the PET series (same frame of reference as the CT). */
export function writePetSeries(ctx: SeriesContext, frameOfReferenceUID: string): PetResult {
  const c = ctx.config.pet;
  const g = makeAxialGrid(c);
  const dose = ds(CLOCK.injectedDoseBq);
  const halfLife = ds(F18_FDG.halfLifeS);
  const suvPerBqml = suvFactor(String(PATIENT.weightKg), dose, halfLife, CLOCK.uptakeSeconds);
  const labels = rasterizeLabels(g, ctx.model.structures);
  const activity = renderPet(g, labels, ctx.model.structures, {
    bqmlPerSuv: 1 / suvPerBqml,
    psfFwhmMm: c.psfFwhmMm,
    noiseRelative: c.noiseRelative,
    rng: createRng(deriveSeed(ctx.seed, 'pet')),
  });
  const sliceSize = c.columns * c.rows;
  const q = quantizeSlices(activity, sliceSize, 32767);
  const suv = new Float64Array(q.stored.length);
  for (let v = 0; v < suv.length; v++) suv[v] = q.stored[v] * parseFloat(q.slopes[Math.floor(v / sliceSize)]) * suvPerBqml;
  const info: SeriesInfo = {
    seriesInstanceUID: ctx.uid('pet-series'),
    modality: 'PT',
    number: 3,
    description: 'PET FDG AC (Bq/mL)',
    frameOfReferenceUID,
    date: ctx.study.date,
    time: CLOCK.petTime,
    manufacturer: 'Caliper Phantoms',
    modelName: 'Synthetic PET',
  };
  const isotope = petSeriesModules(
    {
      totalDoseBq: parseFloat(dose),
      halfLifeS: parseFloat(halfLife),
      positronFraction: F18_FDG.positronFraction,
      startDateTime: `${ctx.study.date}${CLOCK.injectionTime}`,
      startTime: CLOCK.injectionTime,
    },
    c.slices,
  );
  const instances = emitSlices({
    emit: ctx.emit,
    dir: `${ctx.studyDir}/pet`,
    geometry: g,
    stored: q.stored,
    bitsStored: PET_BITS_STORED,
    firstInstanceNumber: 1,
    syntax: ctx.config.transferSyntax,
    charls: ctx.charls,
    dataset: (k, n) => ({
      ...commonModules(ctx.patient, ctx.study, info, PET_SOP_CLASS, ctx.uid(`pet-${n}`)),
      ...imagePlaneModules(g, k, n, { bitsStored: PET_BITS_STORED, pixelRepresentation: 0 }),
      ...isotope,
      ...petImageModule(k + 1, q.slopes[k], ctx.study.date, CLOCK.petTime, 180000),
    }),
  });
  return {
    series: { seriesInstanceUID: info.seriesInstanceUID, modality: 'PT', seriesDescription: info.description, seriesNumber: info.number, instances },
    geometry: g,
    suv,
    suvPerBqml,
  };
}
