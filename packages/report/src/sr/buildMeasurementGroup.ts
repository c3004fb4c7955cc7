import { CODES, sameCode } from '../dicom/codes';
import { findingSiteCode } from '../dicom/findingSites';
import { UCUM } from '../dicom/ucum';
import { CALIPER_VERSION } from '../dicom/exportContext';
import type { Lesion, StoredMeasurement } from '../model/schema';
import type { Item } from './contentItems';
import { codeItem, containerItem, imageItem, numItem, scoord3dItem, textItem, uidrefItem } from './contentItems';
import { conceptForMeasurement } from './measurementConcept';
import { buildLesionEvaluations } from './buildLesionEvaluations';
import { buildRadiomicsItems } from './buildRadiomicsItems';
import { LONGITUDINAL_CODES } from '../dicom/longitudinalCodes';

/** Where the SEG that holds a segment-geometry lesion was written. */
export interface SegInstanceRef {
  readonly segmentationId: string;
  readonly sopInstanceUID: string;
  readonly sopClassUID: string;
  /** Series of the SEG instance itself. */
  readonly seriesInstanceUID: string;
  readonly sourceSeriesInstanceUID: string;
}

/**
 * One TID 1500 measurement group for one lesion: TID 1410 (planar ROI: ellipse/polygon image
 * region), TID 1411 (volumetric ROI: referenced SEG segment) or TID 1501 (RECIST/line: each axis
 * NUM inferred from its SCOORD3D polyline). The Tracking Identifier (the lesion's tracking label,
 * else its name) and the Tracking Unique Identifier are the lesion's identity across timepoints
 * (PS3.16 TID 1501 rows 2–3): the same trackingUid in every timepoint's SR. `timePoint` (TID 1502
 * Time Point, the study date) is written when the reading is part of a longitudinal reading.
 */
export function buildMeasurementGroup(lesion: Lesion, segs: readonly SegInstanceRef[], warnings: string[], timePoint?: string): Item {
  const frameOfReferenceUID = lesion.references.find((r) => r.frameOfReferenceUID !== undefined)?.frameOfReferenceUID;
  const g = lesion.geometry;
  const children: Item[] = [
    textItem('HAS OBS CONTEXT', CODES.trackingIdentifier, lesion.trackingIdentifier ?? (lesion.name === '' ? lesion.id : lesion.name)),
    uidrefItem('HAS OBS CONTEXT', CODES.trackingUid, lesion.trackingUid),
    ...(timePoint === undefined ? [] : [textItem('HAS OBS CONTEXT', LONGITUDINAL_CODES.timePoint, timePoint)]),
    ...findingOf(lesion),
  ];
  if (lesion.isLymphNode) children.push(codeItem('HAS CONCEPT MOD', CODES.findingSite, CODES.lymphNode));
  // The reader's site from the list, coded (TID 1501 row "Finding Site"); a nodal lesion's site is already written.
  const site = lesion.referenceRegion === undefined ? findingSiteCode(lesion.organ) : undefined;
  if (site !== undefined && !(lesion.isLymphNode && sameCode(site, CODES.lymphNode))) children.push(codeItem('HAS CONCEPT MOD', CODES.findingSite, site));

  const needFor = (what: string): string | undefined => {
    if (frameOfReferenceUID === undefined) warnings.push(`lesion "${lesion.name}": no FrameOfReferenceUID, ${what} geometry not written`);
    return frameOfReferenceUID;
  };
  if (g.kind === 'ellipse' || g.kind === 'polygon') {
    const fr = needFor(g.kind);
    const pts = g.kind === 'polygon' ? [...g.points, g.points[0]] : g.points;
    if (fr !== undefined) children.push(scoord3dItem('CONTAINS', CODES.imageRegion, g.kind === 'ellipse' ? 'ELLIPSE' : 'POLYGON', pts, fr));
  } else if (g.kind === 'segment') {
    const seg = segs.find((s) => s.segmentationId === g.segmentationId);
    if (seg === undefined) warnings.push(`lesion "${lesion.name}": segmentation ${g.segmentationId} was not exported, segment reference not written`);
    else {
      children.push(imageItem('CONTAINS', CODES.referencedSegment, seg.sopClassUID, seg.sopInstanceUID, g.segmentNumber));
      children.push(uidrefItem('CONTAINS', CODES.sourceSeriesForSegmentation, seg.sourceSeriesInstanceUID));
    }
  }
  if (g.kind !== 'segment') {
    for (const ref of lesion.references) for (const sop of ref.sopInstanceUIDs) children.push(imageItem('CONTAINS', CODES.sourceOfMeasurement, ref.sopClassUID, sop));
  }
  children.push(...buildLesionEvaluations(lesion));

  for (const m of lesion.measurements) {
    const axis = axisPoints(lesion, m);
    const fr = axis === undefined ? undefined : needFor(m.name);
    children.push(measurementItem(m, axis !== undefined && fr !== undefined ? scoord3dItem('INFERRED FROM', undefined, 'POLYLINE', axis, fr) : undefined));
  }
  // IBSI-1 features (IBSI codes = DICOM CID 7471–7478), with the settings they were computed with.
  if (lesion.radiomics !== undefined) children.push(...buildRadiomicsItems(lesion.radiomics));
  const templateId = g.kind === 'segment' ? '1411' : g.kind === 'ellipse' || g.kind === 'polygon' ? '1410' : '1501';
  return containerItem('CONTAINS', CODES.measurementGroup, children, templateId);
}

/** Finding (TID 1501 row 3b): a neoplasm, or a criteria reference region with its Finding Site. */
function findingOf(lesion: Lesion): Item[] {
  if (lesion.referenceRegion === undefined) return [codeItem('CONTAINS', CODES.finding, CODES.neoplasm)];
  const site = lesion.referenceRegion === 'liver' ? LONGITUDINAL_CODES.liver : LONGITUDINAL_CODES.mediastinalBloodPool;
  return [codeItem('CONTAINS', CODES.finding, LONGITUDINAL_CODES.referenceRegion), codeItem('HAS CONCEPT MOD', CODES.findingSite, site)];
}

function axisPoints(lesion: Lesion, m: StoredMeasurement): readonly (readonly number[])[] | undefined {
  const g = lesion.geometry;
  const n = m.name.toLowerCase();
  if (g.kind === 'recist' && n === 'long axis') return g.longAxis;
  if (g.kind === 'recist' && n === 'short axis') return g.shortAxis;
  if (g.kind === 'line' && n === 'length') return g.points;
  return undefined;
}

function measurementItem(m: StoredMeasurement, inferredFrom: Item | undefined): Item {
  const { concept, derivation } = conceptForMeasurement(m.name, m.unit);
  const mods: Item[] = [];
  if (derivation !== undefined) mods.push(codeItem('HAS CONCEPT MOD', CODES.derivation, derivation));
  if (m.method !== undefined) {
    mods.push(textItem('HAS CONCEPT MOD', CODES.algorithmName, m.method));
    mods.push(textItem('HAS CONCEPT MOD', CODES.algorithmVersion, `Caliper ${CALIPER_VERSION}`));
  }
  if (inferredFrom !== undefined) mods.push(inferredFrom);
  return numItem('CONTAINS', concept, m.value, UCUM[m.unit], mods);
}
