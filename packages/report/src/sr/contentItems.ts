import type { NaturalDataset } from 'dcmjs';
import type { Code } from '../dicom/codes';

/** Builders of naturalized dcmjs SR content items (PS3.3 C.17.3 Content Item macros). */
export type Relationship = 'CONTAINS' | 'HAS OBS CONTEXT' | 'HAS CONCEPT MOD' | 'HAS PROPERTIES' | 'INFERRED FROM' | 'SELECTED FROM';
export type Item = NaturalDataset;

export const codeSeq = (c: Code): NaturalDataset[] => [{ CodeValue: c.value, CodingSchemeDesignator: c.scheme, CodeMeaning: c.meaning }];

const base = (rel: Relationship, valueType: string, concept?: Code): Item => {
  const item: Item = { RelationshipType: rel, ValueType: valueType };
  if (concept !== undefined) item.ConceptNameCodeSequence = codeSeq(concept);
  return item;
};

const withChildren = (item: Item, children?: readonly Item[]): Item => {
  if (children !== undefined && children.length > 0) item.ContentSequence = [...children];
  return item;
};

export function containerItem(rel: Relationship, concept: Code, children: readonly Item[], templateId?: string): Item {
  const item = base(rel, 'CONTAINER', concept);
  item.ContinuityOfContent = 'SEPARATE';
  if (templateId !== undefined) item.ContentTemplateSequence = [{ MappingResource: 'DCMR', TemplateIdentifier: templateId }];
  return withChildren(item, children);
}

export function codeItem(rel: Relationship, concept: Code, value: Code): Item {
  return { ...base(rel, 'CODE', concept), ConceptCodeSequence: codeSeq(value) };
}

export function textItem(rel: Relationship, concept: Code, text: string): Item {
  return { ...base(rel, 'TEXT', concept), TextValue: text };
}

export function uidrefItem(rel: Relationship, concept: Code, uid: string): Item {
  return { ...base(rel, 'UIDREF', concept), UID: uid };
}

/** NUM with both the DS string (≤16 chars) and the exact binary double (FloatingPointValue). */
export function numItem(rel: Relationship, concept: Code, value: number, unit: Code, children?: readonly Item[]): Item {
  const item = base(rel, 'NUM', concept);
  item.MeasuredValueSequence = [{ MeasurementUnitsCodeSequence: codeSeq(unit), NumericValue: formatDS(value), FloatingPointValue: value }];
  return withChildren(item, children);
}

export function imageItem(rel: Relationship, concept: Code | undefined, sopClassUID: string, sopInstanceUID: string, segmentNumber?: number): Item {
  const ref: NaturalDataset = { ReferencedSOPClassUID: sopClassUID, ReferencedSOPInstanceUID: sopInstanceUID };
  if (segmentNumber !== undefined) ref.ReferencedSegmentNumber = segmentNumber;
  return { ...base(rel, 'IMAGE', concept), ReferencedSOPSequence: [ref] };
}

/** SCOORD3D in patient LPS mm (PS3.3 C.18.9); GraphicData is FL, i.e. float32 precision. */
export function scoord3dItem(rel: Relationship, concept: Code | undefined, graphicType: 'POINT' | 'POLYLINE' | 'POLYGON' | 'ELLIPSE', points: readonly (readonly number[])[], frameOfReferenceUID: string): Item {
  return { ...base(rel, 'SCOORD3D', concept), GraphicType: graphicType, GraphicData: points.flatMap((p) => [p[0], p[1], p[2]]), ReferencedFrameOfReferenceUID: frameOfReferenceUID };
}

/** Decimal String of at most 16 characters (PS3.5 6.2), as precise as fits. */
export function formatDS(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`cannot encode ${x} as DS`);
  const s = String(x);
  if (s.length <= 16) return s;
  for (let p = 16; p > 0; p--) {
    const t = x.toPrecision(p);
    if (t.length <= 16) return t;
    const e = x.toExponential(Math.max(0, p - 1));
    if (e.length <= 16) return e;
  }
  return x.toExponential(0);
}
