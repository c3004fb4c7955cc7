import type { Geometry } from '@caliper/core';
import { commonModules, imagePlaneModules } from '../dicom/commonModules';
import type { SeriesInfo } from '../dicom/commonModules';
import { MR_BITS_STORED, MR_SOP_CLASS, mrImageModule } from '../dicom/mrModules';
import type { MrSequence } from '../dicom/mrModules';
import { el } from '../dicom/elements';
import { makeAxialGrid } from '../grid/makeAxialGrid';
import { rasterizeLabels } from '../render/rasterizeLabels';
import { dwiSignal, renderMr } from '../render/renderMr';
import { createRng, deriveSeed } from '../rng/createRng';
import { CLOCK } from './patient';
import { emitSlices } from './emitSlices';
import type { SeriesContext, WrittenSeries } from './seriesContext';

export interface MrResult {
  readonly dwi: WrittenSeries;
  readonly t2: WrittenSeries;
  readonly geometry: Geometry;
  readonly labels: Uint8Array;
  /** Stored DWI magnitude per b-value (same order as config.mr.bValues). */
  readonly dwiStored: readonly Uint16Array[];
}

const DWI: MrSequence = { kind: 'dwi', repetitionTimeMs: 4200, echoTimeMs: 62 };
const T2: MrSequence = { kind: 't2', repetitionTimeMs: 3800, echoTimeMs: 95 };
const MAX = (1 << MR_BITS_STORED) - 1;

/** Renders and writes the diffusion series (all b-values, one file per slice and b) and the T2 series. */
export function writeMrSeries(ctx: SeriesContext): MrResult {
  const c = ctx.config.mr;
  const g = makeAxialGrid(c);
  const labels = rasterizeLabels(g, ctx.model.structures);
  const rng = createRng(deriveSeed(ctx.seed, 'mr'));
  const frameOfReferenceUID = ctx.uid('mr-frame-of-reference');
  const base = { date: ctx.study.date, time: CLOCK.mrTime, manufacturer: 'Caliper Phantoms', modelName: 'Synthetic MR 1.5T', frameOfReferenceUID };
  const dwiInfo: SeriesInfo = { ...base, seriesInstanceUID: ctx.uid('dwi-series'), modality: 'MR', number: 4, description: `DWI b=${c.bValues.join(',')}` };
  const t2Info: SeriesInfo = { ...base, seriesInstanceUID: ctx.uid('t2-series'), modality: 'MR', number: 5, description: 'T2 TSE axial' };
  const px = { bitsStored: MR_BITS_STORED, pixelRepresentation: 0 as const };
  const dwiStored: Uint16Array[] = [];
  const dwiInstances: string[] = [];
  c.bValues.forEach((b, bi) => {
    const stored = renderMr(labels, ctx.model.structures, { signal: dwiSignal(b), noiseSigma: c.noiseSigma, maxStored: MAX, rng });
    dwiStored.push(stored);
    const paths = emitSlices({
      emit: ctx.emit,
      dir: `${ctx.studyDir}/dwi`,
      geometry: g,
      stored,
      bitsStored: MR_BITS_STORED,
      firstInstanceNumber: bi * c.slices + 1,
      syntax: ctx.config.transferSyntax,
      charls: ctx.charls,
      dataset: (k, n) => ({
        ...commonModules(ctx.patient, ctx.study, dwiInfo, MR_SOP_CLASS, ctx.uid(`dwi-${n}`)),
        ...imagePlaneModules(g, k, n, px),
        ...mrImageModule(DWI, bi + 1, b, c.vendorTags),
        '00281050': el('DS', String(Math.round(600 * Math.exp(-b * 1e-3)))),
        '00281051': el('DS', String(Math.round(1200 * Math.exp(-b * 1e-3)))),
      }),
    });
    dwiInstances.push(...paths);
  });
  const t2Stored = renderMr(labels, ctx.model.structures, { signal: (t) => t.t2, noiseSigma: c.noiseSigma, maxStored: MAX, rng });
  const t2Instances = emitSlices({
    emit: ctx.emit,
    dir: `${ctx.studyDir}/t2`,
    geometry: g,
    stored: t2Stored,
    bitsStored: MR_BITS_STORED,
    firstInstanceNumber: 1,
    syntax: ctx.config.transferSyntax,
    charls: ctx.charls,
    dataset: (k, n) => ({
      ...commonModules(ctx.patient, ctx.study, t2Info, MR_SOP_CLASS, ctx.uid(`t2-${n}`)),
      ...imagePlaneModules(g, k, n, px),
      ...mrImageModule(T2, 1),
      '00281050': el('DS', '500'),
      '00281051': el('DS', '1000'),
    }),
  });
  const written = (i: SeriesInfo, instances: string[]): WrittenSeries => ({
    seriesInstanceUID: i.seriesInstanceUID, modality: 'MR', seriesDescription: i.description, seriesNumber: i.number, instances,
  });
  return { dwi: written(dwiInfo, dwiInstances), t2: written(t2Info, t2Instances), geometry: g, labels, dwiStored };
}
