/** What the study browser needs to know to tell an image series from a reading object. */
export interface ObjectKind {
  readonly modality: string;
  readonly sopClassUID?: string;
  /** False for an instance known to carry no Pixel Data (7FE0,0010). */
  readonly hasPixelData?: boolean;
}

/** Modalities of non-image objects: structured reports, segmentations, RT structures, presentation states, key objects... */
const READING_MODALITIES = new Set(['SR', 'SEG', 'RTSTRUCT', 'RTPLAN', 'RTDOSE', 'RTRECORD', 'PR', 'KO', 'DOC', 'REG', 'FID', 'PLAN']);

/** SOP Class UID prefixes (PS3.4 Annex B) of storage classes that are not images to open. */
const READING_SOP_PREFIXES = [
  '1.2.840.10008.5.1.4.1.1.88.', // SR family (incl. Key Object Selection 88.59)
  '1.2.840.10008.5.1.4.1.1.66', // raw data, registration, fiducials, Segmentation (66.4), surface segmentation
  '1.2.840.10008.5.1.4.1.1.11.', // presentation states
  '1.2.840.10008.5.1.4.1.1.104.', // encapsulated PDF/CDA/STL
  '1.2.840.10008.5.1.4.1.1.481.2', // RT Dose
  '1.2.840.10008.5.1.4.1.1.481.3', // RT Structure Set
  '1.2.840.10008.5.1.4.1.1.481.4', // RT treatment records / plans (481.4-9)
  '1.2.840.10008.5.1.4.1.1.481.5',
  '1.2.840.10008.5.1.4.1.1.481.6',
  '1.2.840.10008.5.1.4.1.1.481.7',
  '1.2.840.10008.5.1.4.1.1.481.8',
  '1.2.840.10008.5.1.4.1.1.481.9',
];

/**
 * True for objects that are not images to open (Caliper's saved SR/SEG readings, RT structures,
 * presentation states, key objects, any instance without pixel data): the browser lists them only as
 * a note, never as an openable series.
 */
export function isReadingObject(o: ObjectKind): boolean {
  if (READING_MODALITIES.has(o.modality.toUpperCase())) return true;
  if (o.hasPixelData === false) return true;
  const uid = o.sopClassUID ?? '';
  return READING_SOP_PREFIXES.some((p) => uid.startsWith(p));
}

/** Splits items into images and reading objects, keeping order. */
export function splitReadingObjects<T extends ObjectKind>(items: readonly T[]): { images: T[]; reading: T[] } {
  const images: T[] = [];
  const reading: T[] = [];
  for (const it of items) (isReadingObject(it) ? reading : images).push(it);
  return { images, reading };
}

/** Short note for a study's reading objects, e.g. '3 reading objects (SEG, SR)'; '' when none. */
export function readingObjectsNote(modalities: readonly string[]): string {
  if (!modalities.length) return '';
  const kinds = [...new Set(modalities)].sort().join(', ');
  return `${modalities.length} reading object${modalities.length === 1 ? '' : 's'} (${kinds})`;
}
