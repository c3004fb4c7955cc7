import type { Geometry } from '@caliper/core';
import { commonModules, imagePlaneModules } from '../dicom/commonModules';
import type { SeriesInfo } from '../dicom/commonModules';
import { CT_BITS_STORED, CT_SOP_CLASS, ctImageModule } from '../dicom/ctModules';
import { makeAxialGrid } from '../grid/makeAxialGrid';
import { rasterizeLabels } from '../render/rasterizeLabels';
import { renderCt } from '../render/renderCt';
import { createRng, deriveSeed } from '../rng/createRng';
import { CLOCK } from './patient';
import { emitSlices } from './emitSlices';
import type { SeriesContext, WrittenSeries } from './seriesContext';

export interface CtResult {
  readonly series: WrittenSeries;
  readonly geometry: Geometry;
  readonly stored: Uint16Array;
  readonly frameOfReferenceUID: string;
}

/** Renders and writes the CT series of one timepoint (PET shares its frame of reference). */
export function writeCtSeries(ctx: SeriesContext): CtResult {
  const c = ctx.config.ct;
  const g = makeAxialGrid(c);
  const labels = rasterizeLabels(g, ctx.model.structures);
  const stored = renderCt(labels, ctx.model.structures, { noiseHu: c.noiseHu, rng: createRng(deriveSeed(ctx.seed, 'ct')) });
  const info: SeriesInfo = {
    seriesInstanceUID: ctx.uid('ct-series'),
    modality: 'CT',
    number: 2,
    description: `CT chest/abdomen ${g.spacing[2]} mm`,
    frameOfReferenceUID: ctx.uid('petct-frame-of-reference'),
    date: ctx.study.date,
    time: CLOCK.ctTime,
    manufacturer: 'Caliper Phantoms',
    modelName: 'Synthetic CT',
  };
  const instances = emitSlices({
    emit: ctx.emit,
    dir: `${ctx.studyDir}/ct`,
    geometry: g,
    stored,
    bitsStored: CT_BITS_STORED,
    firstInstanceNumber: 1,
    syntax: ctx.config.transferSyntax,
    charls: ctx.charls,
    dataset: (k, n) => ({
      ...commonModules(ctx.patient, ctx.study, info, CT_SOP_CLASS, ctx.uid(`ct-${n}`)),
      ...imagePlaneModules(g, k, n, { bitsStored: CT_BITS_STORED, pixelRepresentation: 0 }),
      ...ctImageModule(1),
      '00080022': { vr: 'DA', Value: [ctx.study.date] },
      '00080032': { vr: 'TM', Value: [CLOCK.ctTime] },
    }),
  });
  return {
    series: { seriesInstanceUID: info.seriesInstanceUID, modality: 'CT', seriesDescription: info.description, seriesNumber: info.number, instances },
    geometry: g,
    stored,
    frameOfReferenceUID: info.frameOfReferenceUID,
  };
}
