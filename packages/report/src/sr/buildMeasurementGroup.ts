import { CODES } from '../dicom/codes';
import { UCUM } from '../dicom/ucum';
import { CALIPER_VERSION } from '../dicom/exportContext';
import type { Lesion, StoredMeasurement } from '../model/schema';
import type { Item } from './contentItems';
import { codeItem, containerItem, imageItem, numItem, scoord3dItem, textItem, uidrefItem } from './contentItems';
import { conceptForMeasurement } from './measurementConcept';

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
 * NUM inferred from its SCOORD3D polyline).
 */
export function buildMeasurementGroup(lesion: Lesion, segs: readonly SegInstanceRef[], warnings: string[]): Item {
  const frameOfReferenceUID = lesion.references.find((r) => r.frameOfReferenceUID !== undefined)?.frameOfReferenceUID;
  const g = lesion.geometry;
  const children: Item[] = [
    textItem('HAS OBS CONTEXT', CODES.trackingIdentifier, lesion.name === '' ? lesion.id : lesion.name),
    uidrefItem('HAS OBS CONTEXT', CODES.trackingUid, lesion.trackingUid),
    codeItem('CONTAINS', CODES.finding, CODES.neoplasm),
  ];
  if (lesion.isLymphNode) children.push(codeItem('HAS CONCEPT MOD', CODES.findingSite, CODES.lymphNode));

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
  children.push(codeItem('CONTAINS', CODES.lesionRole, lesion.role === 'target' ? CODES.targetLesion : CODES.nonTargetLesion));
  children.push(textItem('CONTAINS', CODES.lesionId, lesion.id));
  children.push(textItem('CONTAINS', CODES.annotationTool, lesion.tool));
  if (lesion.locationLabel !== undefined) children.push(textItem('CONTAINS', CODES.locationLabel, lesion.locationLabel));

  for (const m of lesion.measurements) {
    const axis = axisPoints(lesion, m);
    const fr = axis === undefined ? undefined : needFor(m.name);
    children.push(measurementItem(m, axis !== undefined && fr !== undefined ? scoord3dItem('INFERRED FROM', undefined, 'POLYLINE', axis, fr) : undefined));
  }
  const templateId = g.kind === 'segment' ? '1411' : g.kind === 'ellipse' || g.kind === 'polygon' ? '1410' : '1501';
  return containerItem('CONTAINS', CODES.measurementGroup, children, templateId);
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
