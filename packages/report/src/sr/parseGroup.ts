import type { NaturalDataset } from 'dcmjs';
import { CODES, sameCode } from '../dicom/codes';
import { organForSiteCode } from '../dicom/findingSites';
import { lesionIdOfUid } from '../dicom/lesionIdOfUid';
import { newUid } from '../dicom/uid';
import type { Lesion, LesionGeometry, SeriesReference } from '../model/schema';
import type { ImagePlane } from './imagePlane';
import { scoordToPatient } from './imagePlane';
import type { Lps, ParsedMeasurement, Skip } from './parseMeasurement';
import { parseMeasurement, triples } from './parseMeasurement';
import type { ImageRef } from './readContent';
import { children, codeOf, conceptOf, describe, imageRefOf, isConcept, numbers, str, valueType } from './readContent';
import type { LesionEvaluation } from './parseLesionEvaluation';
import { readLesionEvaluation } from './parseLesionEvaluation';
import type { RadiomicsParts } from './parseRadiomics';
import { radiomicsOf, readRadiomicsItem } from './parseRadiomics';

export interface GroupContext {
  /** SOP instance UID → series UID, from the SR's evidence sequences. */
  readonly seriesOf: ReadonlyMap<string, string>;
  /** Segmentation (id and source reference) for a SEG SOP instance UID. */
  readonly segmentation: (segSopInstanceUID: string) => { id: string; reference?: SeriesReference } | undefined;
  readonly imagePlane?: (sopInstanceUID: string) => ImagePlane | undefined;
}

/** Finding Site under its retired SNOMED-RT code, still written by dcmjs-era tools. */
const FINDING_SITE_SRT = { value: 'G-C0E3', scheme: 'SRT', meaning: 'Finding Site' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** One TID 1500 measurement group → a lesion; anything not understood goes to `skipped` with the reason. */
export function parseGroup(group: NaturalDataset, path: string, ctx: GroupContext, skipped: Skip[], notes: Skip[]): Lesion | undefined {
  let name: string | undefined, trackingUid: string | undefined, lesionId: string | undefined, tool: string | undefined, location: string | undefined;
  let siteOrgan: string | undefined, nodeSite = false;
  let isLymphNode = false, region: LesionGeometry | undefined, segRef: ImageRef | undefined, regionFor: string | undefined;
  const images: ImageRef[] = [];
  const measures: ParsedMeasurement[] = [];
  const ev: LesionEvaluation = {};
  const rad: RadiomicsParts = { features: [] };
  for (const [x, item] of children(group).entries()) {
    const ipath = `${path} > ${x + 1} ${describe(item)}`;
    const vt = valueType(item);
    const concept = conceptOf(item);
    if (readRadiomicsItem(item, ipath, rad, skipped)) continue;
    if (readLesionEvaluation(item, ipath, ev, skipped)) continue;
    if (vt === 'TEXT' && isConcept(item, CODES.trackingIdentifier)) name = str(item.TextValue);
    else if (vt === 'UIDREF' && isConcept(item, CODES.trackingUid)) trackingUid = str(item.UID);
    else if (vt === 'TEXT' && isConcept(item, CODES.lesionId)) lesionId = str(item.TextValue);
    else if (vt === 'TEXT' && isConcept(item, CODES.annotationTool)) tool = str(item.TextValue);
    else if (vt === 'TEXT' && isConcept(item, CODES.locationLabel)) location = str(item.TextValue);
    else if (vt === 'CODE' && (isConcept(item, CODES.findingSite) || isConcept(item, FINDING_SITE_SRT))) {
      const v = codeOf(item.ConceptCodeSequence);
      if (v !== undefined && sameCode(v, CODES.lymphNode)) isLymphNode = true;
      const organ = v === undefined ? undefined : organForSiteCode(v);
      // A reference region's site is its criteria role (read with the finding), not the lesion's organ.
      if (organ !== undefined && organ !== 'lymph node') siteOrgan ??= organ;
      else if (organ === 'lymph node') nodeSite = true;
      else if (v !== undefined) location ??= v.meaning || v.value;
    } else if (vt === 'NUM') {
      const m = parseMeasurement(item, ipath, skipped, ctx.imagePlane, notes);
      if (m !== undefined) measures.push(m);
    } else if (vt === 'SCOORD3D' && isConcept(item, CODES.imageRegion)) {
      const pts = triples(numbers(item.GraphicData));
      regionFor = str(item.ReferencedFrameOfReferenceUID);
      region = regionOf(str(item.GraphicType), pts, ipath, skipped);
    } else if (vt === 'SCOORD' && isConcept(item, CODES.imageRegion)) {
      const img = children(item).map(imageRefOf).find((r) => r !== undefined);
      const plane = img === undefined ? undefined : ctx.imagePlane?.(img.sopInstanceUID);
      if (img !== undefined) images.push(img);
      if (plane === undefined) skipped.push({ path: ipath, reason: '2D SCOORD region: geometry of the referenced image unknown, region not imported' });
      else {
        const xy = numbers(item.GraphicData);
        const pts: Lps[] = [];
        for (let p = 0; p + 1 < xy.length; p += 2) pts.push([...scoordToPatient(plane, xy[p], xy[p + 1])] as Lps);
        region = regionOf(str(item.GraphicType), pts, ipath, skipped);
      }
    } else if (vt === 'IMAGE' && isConcept(item, CODES.referencedSegment)) {
      segRef = imageRefOf(item);
      if (segRef?.segmentNumber === undefined) skipped.push({ path: ipath, reason: 'referenced segment without a segment number' });
    } else if (vt === 'IMAGE' && concept !== undefined && (sameCode(concept, CODES.sourceOfMeasurement) || concept.value === '121233')) {
      const r = imageRefOf(item);
      if (r !== undefined) images.push(r);
    } else if (vt === 'UIDREF' && isConcept(item, CODES.sourceSeriesForSegmentation)) continue;
    else skipped.push({ path: ipath, reason: 'content item not used by Caliper' });
  }

  let geometry: LesionGeometry = { kind: 'none' };
  let references: SeriesReference[] = [];
  const sopOf = measures.find((m) => m.sopInstanceUID !== undefined)?.sopInstanceUID ?? images[0]?.sopInstanceUID;
  const withSop = <T extends object>(g: T): T => (sopOf === undefined ? g : { ...g, sopInstanceUID: sopOf });
  if (segRef?.segmentNumber !== undefined) {
    const seg = ctx.segmentation(segRef.sopInstanceUID);
    if (seg === undefined) skipped.push({ path, reason: `referenced SEG ${segRef.sopInstanceUID} is not loaded; segment geometry not imported` });
    else {
      geometry = { kind: 'segment', segmentationId: seg.id, segmentNumber: segRef.segmentNumber };
      if (seg.reference !== undefined) references = [seg.reference];
    }
  } else if (region !== undefined) geometry = withSop(region);
  else {
    const long = measures.find((m) => m.measurement.name === 'Long axis' && m.polyline?.length === 2);
    const short = measures.find((m) => m.measurement.name === 'Short axis' && m.polyline?.length === 2);
    const line = measures.find((m) => m.measurement.name === 'Length' && m.polyline?.length === 2);
    if (long !== undefined) geometry = withSop({ kind: 'recist' as const, longAxis: pair(long.polyline!), ...(short ? { shortAxis: pair(short.polyline!) } : {}) });
    else if (line !== undefined) geometry = withSop({ kind: 'line' as const, points: pair(line.polyline!) });
  }
  if (geometry.kind !== 'segment') {
    const frameOfReferenceUID = regionFor ?? measures.find((m) => m.frameOfReferenceUID !== undefined)?.frameOfReferenceUID;
    references = groupBySeries(images, ctx.seriesOf, frameOfReferenceUID, path, skipped);
  }
  if (trackingUid === undefined) {
    trackingUid = newUid();
    notes.push({ path, reason: `no Tracking Unique Identifier; assigned ${trackingUid}` });
  }
  const id = lesionId !== undefined && UUID.test(lesionId) ? lesionId.toLowerCase() : lesionIdOfUid(trackingUid);
  const { name: ownName, role, reference: _finding, ...longitudinal } = ev;
  // The organ: as text (free text, or an export before coded sites), else the coded Finding Site;
  // a lymph node site alone gives "lymph node" only for a lesion whose other site is not coded.
  const organ = longitudinal.organ ?? siteOrgan ?? (nodeSite && longitudinal.referenceRegion === undefined ? 'lymph node' : undefined);
  if (organ !== undefined && longitudinal.referenceRegion === undefined) longitudinal.organ = organ;
  const radiomics = radiomicsOf(rad, path, skipped);
  return {
    id,
    trackingUid,
    name: ownName ?? name ?? path,
    // Another tool's identifier may be empty or long: the lesion keeps it as its name only.
    ...(name !== undefined && name.length >= 1 && name.length <= 64 ? { trackingIdentifier: name } : {}),
    ...(location !== undefined ? { locationLabel: location } : {}),
    role: role ?? 'non-target',
    isLymphNode,
    tool: tool ?? 'imported SR',
    references,
    geometry,
    measurements: measures.map((m) => m.measurement),
    ...longitudinal,
    ...(radiomics !== undefined ? { radiomics } : {}),
  };
}

const pair = (p: Lps[]): [Lps, Lps] => [p[0], p[1]];

function regionOf(type: string | undefined, pts: Lps[], path: string, skipped: Skip[]): LesionGeometry | undefined {
  if (type === 'ELLIPSE' && pts.length === 4) return { kind: 'ellipse', points: [pts[0], pts[1], pts[2], pts[3]] };
  if (type === 'POLYGON' || type === 'POLYLINE') {
    const open = pts.length > 1 && pts[0].every((v, a) => v === pts[pts.length - 1][a]) ? pts.slice(0, -1) : pts;
    if (open.length >= 3) return { kind: 'polygon', points: open };
  }
  skipped.push({ path, reason: `image region ${type ?? '?'} with ${pts.length} points is not an ellipse or polygon` });
  return undefined;
}

function groupBySeries(images: readonly ImageRef[], seriesOf: ReadonlyMap<string, string>, frameOfReferenceUID: string | undefined, path: string, skipped: Skip[]): SeriesReference[] {
  const bySeries = new Map<string, { sopClassUID: string; sops: string[] }>();
  for (const img of images) {
    const series = seriesOf.get(img.sopInstanceUID);
    if (series === undefined) {
      skipped.push({ path, reason: `image ${img.sopInstanceUID} is not listed in the SR evidence; its series is unknown` });
      continue;
    }
    const entry = bySeries.get(series) ?? { sopClassUID: img.sopClassUID, sops: [] };
    if (!entry.sops.includes(img.sopInstanceUID)) entry.sops.push(img.sopInstanceUID);
    bySeries.set(series, entry);
  }
  return [...bySeries].map(([seriesInstanceUID, e]) => ({ seriesInstanceUID, sopClassUID: e.sopClassUID, sopInstanceUIDs: e.sops, ...(frameOfReferenceUID ? { frameOfReferenceUID } : {}) }));
}
