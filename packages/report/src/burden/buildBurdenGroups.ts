import { CODES } from '../dicom/codes';
import { UCUM } from '../dicom/ucum';
import { LONGITUDINAL_CODES } from '../dicom/longitudinalCodes';
import type { Lesion, ReadingBurden } from '../model/schema';
import type { SegInstanceRef } from '../sr/buildMeasurementGroup';
import { buildMeasurementGroup } from '../sr/buildMeasurementGroup';
import type { Item } from '../sr/contentItems';
import { codeItem, containerItem, numItem, textItem, uidrefItem } from '../sr/contentItems';
import { BURDEN_CODES, BURDEN_METHOD_CODES, BURDEN_TOTALS_LABEL, DEAUVILLE_CODES, MIPSMA_CODES, burdenLesionLabel } from './burdenCodes';
import { burdenSegmentationId } from './burdenSegmentation';

const FAKE_UUID = '00000000-0000-4000-8000-000000000000';

/** A burden lesion as a reading lesion (segment geometry, PET values) so the lesion group builder writes it. */
function asLesion(burden: ReadingBurden, x: number): Lesion {
  const l = burden.lesions[x];
  const ref = burden.source?.reference;
  return {
    id: FAKE_UUID, trackingUid: l.trackingUid, name: burdenLesionLabel(l.id), trackingIdentifier: burdenLesionLabel(l.id), role: 'non-target', isLymphNode: false,
    tool: `burden ${burden.method}`,
    references: ref ? [{ ...ref, frameOfReferenceUID: burden.source!.frameOfReferenceUID }] : [],
    geometry: { kind: 'segment', segmentationId: burdenSegmentationId(burden.seriesInstanceUID), segmentNumber: x + 1 },
    measurements: [
      { name: 'MTV', value: l.volumeMl, unit: 'mL' },
      { name: 'SUVmax', value: l.suvMax, unit: 'SUVbw' },
      { name: 'SUVpeak', value: l.suvPeak, unit: 'SUVbw', method: 'IBSI 0F91: highest mean within 6.2035 mm of a lesion voxel centre' },
      { name: 'SUVmean', value: l.suvMean, unit: 'SUVbw' },
      { name: 'TLG', value: l.tlg, unit: 'SUVbw·mL' },
    ],
  };
}

const methodItem = (burden: ReadingBurden): Item => codeItem('HAS CONCEPT MOD', BURDEN_CODES.measurementMethod, BURDEN_METHOD_CODES[burden.method]);

/**
 * The whole-body burden in TID 1500: one Measurement Group per kept lesion (TID 1411: its segment
 * in the reading's SEG, MTV 126032 / SUVbw max, peak, mean / TLG 126033 in UCUM units, the method
 * as Measurement Method, confirmed Deauville / miPSMA as coded evaluations), then one group of
 * whole-body totals (TMTV/PSMA-TV, TLG/TL-PSMA, lesion count, Dmax, SDmax) with the same method,
 * the SUVbw threshold and the smallest volume kept.
 */
export function buildBurdenGroups(burden: ReadingBurden, segs: readonly SegInstanceRef[], warnings: string[], timePoint?: string): Item[] {
  const groups: Item[] = [];
  // A reading's lesions never reference the burden SEG: its absence is one warning, not one per lesion.
  const local: string[] = [];
  for (let x = 0; x < burden.lesions.length; x++) {
    const l = burden.lesions[x];
    const group = buildMeasurementGroup(asLesion(burden, x), segs, local, timePoint);
    const extra: Item[] = [methodItem(burden)];
    const s = burden.scores.confirmed[String(l.id)];
    if (s?.deauville !== undefined) extra.push(codeItem('CONTAINS', BURDEN_CODES.deauvilleScore, DEAUVILLE_CODES[s.deauville - 1]));
    if (s?.mipsma !== undefined) extra.push(codeItem('CONTAINS', BURDEN_CODES.mipsmaScore, MIPSMA_CODES[s.mipsma]));
    // Measurement Method right after the finding (TID 1411 order: finding, site, method, segment, values).
    const items = group.ContentSequence as Item[];
    const at = items.findIndex((i) => i.ValueType === 'IMAGE' || i.ValueType === 'NUM');
    items.splice(at < 0 ? items.length : at, 0, extra[0]);
    items.push(...extra.slice(1));
    groups.push(group);
  }
  if (local.length > 0) warnings.push(`whole-body burden: its SEG was not written, ${burden.lesions.length} lesion group(s) without segment reference`);
  const t = burden.totals;
  const totals: Item[] = [
    textItem('HAS OBS CONTEXT', CODES.trackingIdentifier, BURDEN_TOTALS_LABEL),
    uidrefItem('HAS OBS CONTEXT', CODES.trackingUid, burden.trackingUid),
    ...(timePoint === undefined ? [] : [textItem('HAS OBS CONTEXT', LONGITUDINAL_CODES.timePoint, timePoint)]),
    codeItem('CONTAINS', CODES.finding, CODES.neoplasm),
    methodItem(burden),
    numItem('CONTAINS', BURDEN_CODES.totalMtv, t.tmtvMl, UCUM.mL),
    numItem('CONTAINS', BURDEN_CODES.totalTlg, t.tlg, UCUM['SUVbw·mL']),
    numItem('CONTAINS', BURDEN_CODES.lesionCount, t.lesionCount, UCUM.count),
    numItem('CONTAINS', BURDEN_CODES.dmax, t.dmaxMm, UCUM.mm),
    numItem('CONTAINS', BURDEN_CODES.threshold, burden.thresholdSuv, UCUM.SUVbw),
    numItem('CONTAINS', BURDEN_CODES.minVolume, burden.minVolumeMl, UCUM.mL),
  ];
  if (t.sdmaxPerM !== null) totals.push(numItem('CONTAINS', BURDEN_CODES.sdmax, t.sdmaxPerM, { value: '/m', scheme: 'UCUM', meaning: 'per meter' }));
  groups.push(containerItem('CONTAINS', CODES.measurementGroup, totals, '1501'));
  return groups;
}
