import type { LoadError } from '../../app/types';

/** A series as the reader knows it (number, modality, description), by its UID. */
export interface SeriesLabel {
  readonly seriesNumber?: number;
  readonly modality?: string;
  readonly seriesDescription?: string;
}

/** A problem in the reader's words: what happened, where (file name or series), and the technical reason. */
export interface ReaderMessage {
  readonly title: string;
  readonly where: string;
  readonly details: string;
}

/** Technical reason → the reader's sentence; first match wins, the reason itself goes under "Details". */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/not a DICOM file|no 'DICM' marker|not DICOM/i, 'This file is not a DICOM image'],
  [/truncat|unexpected end|buffer overrun|premature end|out of range|outside the bounds/i, 'This file is incomplete (cut off while copying or downloading)'],
  [/transfer syntax|codec|decod/i, 'This image is compressed in a format Caliper cannot display'],
  [/not an image \(no Pixel Data/i, 'This file is not an image (e.g. a report or a presentation state); it was left out'],
  [/duplicate SOPInstanceUID/i, 'This image was loaded twice; the copy was left out'],
  [/corrupt or unsupported \.zip/i, 'This archive cannot be opened'],
  [/cannot read file|cannot read:|NotReadableError|NotFoundError/i, 'This file could not be read (moved, deleted or not allowed)'],
  [/SUV not computable/i, 'SUV cannot be computed for this PET series: values are shown in the stored units'],
  [/no ADC map/i, 'No ADC map could be made from this diffusion series'],
  [/shown as images only|no volume\/MPR|cannot build volume|cannot sort series/i, 'This series can only be shown image by image (no MPR or 3D measurement)'],
  [/split from its series/i, 'This series was split into parts that fit together'],
  [/\b401\b|\b403\b|unauthori[sz]ed|forbidden/i, 'The server refused access: check the address and the login'],
  [/HTTP 404|not found/i, 'The server does not have this item'],
  [/HTTP 5\d\d|\b50[0-4]\b/i, 'The server had an error'],
  [/cannot fetch|failed to fetch|network|offline|server down|ECONNREFUSED/i, 'The server could not be reached'],
  [/manifest/i, 'The list of studies could not be read'],
  [/newer Caliper|quarantin|kept aside/i, 'A saved reading could not be opened; it was kept aside, not deleted'],
  [/not restored/i, 'Part of the saved reading could not be restored'],
  [/^skipped:/i, 'Part of the imported report was not used'],
  [/WebGL/i, 'This browser cannot draw the images (no WebGL)'],
];

/** What a message's source is about, when the reason alone does not say it. */
const SOURCE_RULES: readonly (readonly [RegExp, string])[] = [
  [/^Export/i, 'The export did not work'],
  [/^Save to PACS/i, 'Saving to the PACS did not work'],
  [/^Import SR/i, 'The report could not be imported'],
  [/^comparison/i, 'Prior | current cannot be shown'],
  [/^landmark/i, 'The landmark correction did not work'],
  [/^start-up/i, 'Caliper could not start completely'],
];

/** A DICOM UID (dotted numbers, at least three components, e.g. 2.25.…, and 10 characters). */
const UID = /\b[0-2](?:\.(?:0|[1-9]\d*)){2,}\b/g;

/** What a UID stands for: a series (labelled here), a ready-made label (e.g. a study's date), or unknown. */
export type UidLookup = (uid: string) => SeriesLabel | string | undefined;
const labelOf = (x: SeriesLabel | string): string => (typeof x === 'string' ? x : seriesLabel(x));

/** "Series 3 · CT Abdomen" (no UID), from whatever the store knows. */
export function seriesLabel(s: SeriesLabel | undefined): string {
  if (!s) return 'a series';
  const head = s.seriesNumber !== undefined ? `Series ${s.seriesNumber}` : 'Series';
  const desc = [s.modality, s.seriesDescription].filter((x) => x && x.trim()).join(' ');
  return desc ? `${head} · ${desc}` : head;
}

/** Text with every known series UID replaced by its label and any other UID by "…". */
export function withoutUids(text: string, lookup: UidLookup, other: string | null = '…'): string {
  return text.replace(UID, (uid) => {
    if (uid.length < 10) return uid;
    const s = lookup(uid);
    // A replacer's return value is literal ('$&' would be shown as is): null keeps the UID.
    return s !== undefined ? labelOf(s) : (other ?? uid);
  });
}

const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/**
 * A load / export / restore error in the reader's language. `where` is the file name (its last path
 * part; a zip entry with its archive's name) or the series by number and description; no UID is shown in `title` or `where`. `details`
 * keeps the technical reason (series UIDs named as series) for whoever needs it.
 */
export function readerMessage(e: LoadError, series: UidLookup): ReaderMessage {
  const rule = RULES.find(([re]) => re.test(e.reason)) ?? SOURCE_RULES.find(([re]) => re.test(e.source));
  // "series <uid> (MR desc)" → the series label alone; a path → its file name.
  const bare = e.source.replace(/^series\s+/i, '');
  const known = series(bare.split(/\s/)[0]);
  let where = known !== undefined ? labelOf(known) : withoutUids(e.source, series);
  // A zip entry keeps its archive's name: "scans.zip › IM0042.dcm" (two archives may hold the same name).
  const zipEntry = !known && !/^https?:/i.test(where) ? /([^\\/]+\.zip)[\\/](?:.*[\\/])?([^\\/]+)$/i.exec(where) : null;
  if (zipEntry) where = `${zipEntry[1]} › ${zipEntry[2]}`;
  else if (!known && /[\\/]/.test(where) && !/^https?:/i.test(where)) where = where.split(/[\\/]/).pop() ?? where;
  // The technical reason as written (only series / studies named); unknown UIDs stay for support.
  const details = withoutUids(e.reason, series, null);
  return { title: rule ? rule[1] : capital(withoutUids(e.reason, series).replace(/:.*$/, '')), where, details };
}
