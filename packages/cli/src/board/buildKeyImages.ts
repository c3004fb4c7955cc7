import type { CaseSummary, KeyImageRole, PdfKeyImage, SlicePlane } from '@caliper/board';
import { keyImageCaption, renderKeyImage, selectKeyTimepoints } from '@caliper/board';
import type { Volume } from '@caliper/core';
import type { Series } from '@caliper/dicom';
import { buildVolume } from '@caliper/dicom';
import type { Lesion } from '@caliper/report';
import type { Timeline } from '@caliper/response';
import { encodePng } from './encodePng';
import type { ImageSeriesIndex } from './indexImageSeries';
import { projectMeasurement } from './projectMeasurement';
import { windowForModality } from './windowForModality';

/** What happened to one key image (`--json` `keyImages[]`). */
export interface KeyImageNote {
  readonly lesion: string;
  readonly role: KeyImageRole;
  readonly date: string;
  readonly status: 'drawn' | 'skipped';
  readonly reason?: string;
}

export interface BuiltKeyImages {
  readonly images: PdfKeyImage[];
  readonly notes: KeyImageNote[];
}

const LONG_COLOR = [255, 230, 0] as const; // yellow
const SHORT_COLOR = [0, 230, 255] as const; // cyan
const SIZE_PX = 256;
/** Field of view: 3× the long axis, within 60–250 mm. */
export const fovMmOf = (longMm: number): number => Math.min(250, Math.max(60, 3 * longMm));

interface Item {
  readonly note: Omit<KeyImageNote, 'status' | 'reason'>;
  readonly lesion: Lesion;
  readonly caption: string;
}

/**
 * Key images of the target lesions (those of the baseline) at the baseline, nadir and current
 * timepoint: the slice each measurement lies on, centred on it, 3× its long axis wide (60–250 mm),
 * in the series' window (CT W400/L40, MR 1st–99th percentile), long axis yellow and short axis
 * cyan, as PNG with its caption. A key image that cannot be made is skipped with the reason; the
 * series are decoded one at a time (each volume released before the next).
 */
export async function buildKeyImages(timeline: Timeline, summary: CaseSummary, srLesions: ReadonlyMap<string, readonly Lesion[]>, index: ImageSeriesIndex): Promise<BuiltKeyImages> {
  const keys = selectKeyTimepoints(summary.timeline.map((t) => ({ date: t.date, value: t.value })));
  const targets = (timeline.timepoints[0]?.lesions ?? []).filter((l) => l.role === 'target').map((l) => l.id);
  const notes = new Map<string, KeyImageNote>();
  const images = new Map<string, PdfKeyImage>();
  const idOf = (n: { lesion: string; role: string }) => `${n.lesion}\u0000${n.role}`;
  const skip = (n: Item['note'], reason: string) => notes.set(idOf(n), { ...n, status: 'skipped', reason });
  const bySeries = new Map<Series, Item[]>();
  for (const lesion of targets) {
    for (const { date, role } of keys) {
      const note = { lesion, role, date };
      const tp = timeline.timepoints.find((t) => t.date === date);
      const j = tp?.lesions.findIndex((l) => l.id === lesion) ?? -1;
      const tl = tp?.lesions[j];
      if (tp === undefined || tl === undefined) { skip(note, 'not assessed at this timepoint'); continue; }
      const sr = srLesions.get(date);
      if (sr === undefined || sr.length !== tp.lesions.length) { skip(note, `the SR of ${date} does not match the timeline's lesions`); continue; }
      const series = index.seriesOf(sr[j]);
      if (typeof series === 'string') { skip(note, series); continue; }
      const item = { note, lesion: sr[j], caption: keyImageCaption(lesion, role, date, tl.longMm, tl.shortMm) };
      bySeries.set(series, [...(bySeries.get(series) ?? []), item]);
    }
  }
  for (const [series, items] of bySeries) {
    const built = await buildVolume(series);
    if (!built.ok) {
      for (const it of items) skip(it.note, `its series cannot be read (${built.error.file}: ${built.error.reason})`);
      continue;
    }
    for (const it of items) {
      const r = renderItem(built.value, series.modality, it);
      if (typeof r === 'string') skip(it.note, r);
      else {
        images.set(idOf(it.note), r);
        notes.set(idOf(it.note), { ...it.note, status: 'drawn' });
      }
    }
  }
  // Lesion by lesion, its timepoints in date order: one row per lesion on the PDF page.
  const order = targets.flatMap((lesion) => keys.map(({ role }) => idOf({ lesion, role })));
  return {
    images: order.flatMap((k) => (images.has(k) ? [images.get(k)!] : [])),
    notes: order.flatMap((k) => (notes.has(k) ? [notes.get(k)!] : [])),
  };
}

function renderItem(volume: Volume, modality: string, it: Item): PdfKeyImage | string {
  const g = volume.geometry;
  const placed = projectMeasurement(it.lesion.geometry, g);
  if (typeof placed === 'string') return placed;
  const [ni, nj] = g.dimensions;
  const plane: SlicePlane = { data: volume.data.subarray(placed.k * ni * nj, (placed.k + 1) * ni * nj), width: ni, height: nj, spacingMm: [g.spacing[0], g.spacing[1]] };
  const window = windowForModality(modality, plane.data);
  if (typeof window === 'string') return window;
  const image = renderKeyImage(plane, {
    centre: placed.centre, fovMm: fovMmOf(placed.longMm), window, sizePx: SIZE_PX,
    lines: placed.lines.map((l) => ({ from: l.from, to: l.to, color: l.axis === 'long' ? LONG_COLOR : SHORT_COLOR })),
  });
  return { png: encodePng(image), caption: it.caption, lesion: it.note.lesion };
}
