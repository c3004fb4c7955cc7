import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { prepareSeries } from '../../../viewports/prepareSeries';
import type { Lesion, LesionTracking } from '../../measure/model/lesion';
import type { RoiShape } from '../../measure/model/shapes';
import { ensureEngineVolume } from '../../measure/service/engineVolumes';
import { measureLesion, nextVersion } from '../../measure/service/measureLesion';
import { measureWorker } from '../../measure/service/measureWorker';
import { renderAll } from '../../measure/tools/annotationBridge';
import { autoRecistAnnotation } from '../../measure/tools/autoRecistAnnotation';
import { shapeToAnnotation } from '../../persistence/mapping/shapeToAnnotation';
import { seriesInfoOf } from '../../persistence/service/seriesLookup';
import { alignmentFor } from '../../timeline/compare/alignmentFor';
import { readGeometry } from '../../timeline/compare/readGeometry';
import type { AlignmentRecord } from '../../timeline/model/alignmentRecord';
import { matchSeries } from '../../timeline/model/matchSeries';
import { savedAlignment } from '../../timeline/persist/timelinePersistence';
import type { TrackedRow } from '../model/buildResponseTimeline';
import { mapPoint, mapShape } from '../model/mapShape';
import { selectResponse } from '../model/selectResponse';
import { trackingOf } from '../model/trackingOf';

export interface ProposalReport {
  /** Ids of the proposed lesions (measured, waiting for the reader). */
  readonly proposed: readonly string[];
  /** Tracked lesions that could not be proposed, with the reason. */
  readonly skipped: readonly { readonly label: string; readonly reason: string }[];
  /** The alignments used (current → prior), with how they were obtained. */
  readonly alignments: readonly AlignmentRecord[];
  /** What the reader should check (e.g. a lesion measured another way than before, and why). */
  readonly notes: readonly string[];
}

/** Notes of the proposal run in progress (module state: one run at a time per page). */
let notes: string[] = [];

const seriesOfStudy = (study: string): SeriesEntry[] => Object.values(appStore.getState().series).filter((s) => s.studyInstanceUID === study && s.imageIds.length > 0);

/** Alignment (current → prior) of two series, computed once per pair and per proposal run. */
async function alignmentOf(prior: SeriesEntry, current: SeriesEntry, cache: Map<string, AlignmentRecord>): Promise<AlignmentRecord> {
  const key = `${prior.seriesInstanceUID}|${current.seriesInstanceUID}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const [pIds, cIds] = await Promise.all([prepareSeries(prior), prepareSeries(current)]);
  const pg = readGeometry(prior.seriesInstanceUID, pIds);
  const cg = readGeometry(current.seriesInstanceUID, cIds);
  if (typeof pg === 'string' || typeof cg === 'string') throw new Error(`cannot align: ${typeof pg === 'string' ? `prior ${pg}` : `current ${cg}`}`);
  const inUse = appStore.getState().compareAlignment;
  const record = await alignmentFor(prior, current, { prior: pg, current: cg }, inUse, savedAlignment);
  cache.set(key, record);
  return record;
}

/** The lesion measured for `row` at the latest timepoint before `studyUID`. */
function priorLesionOf(row: TrackedRow, order: readonly string[], studyUID: string): Lesion | undefined {
  const at = order.indexOf(studyUID);
  for (let i = at - 1; i >= 0; i--) {
    const cell = row.cells[order[i]];
    if (cell) return appStore.getState().lesions.find((l) => l.id === cell.lesionId);
  }
  return undefined;
}

/**
 * Re-measures every tracked lesion of earlier timepoints that the follow-up `studyUID` lacks, with
 * the method used before: its location through the prior → current alignment, then a drawn shape
 * (RECIST line, ellipse, contour, sphere, PET threshold with the same rule) mapped onto the
 * follow-up, or a click-to-grow re-grown from the mapped seed with the same bounds (auto-RECIST
 * from the grown segmentation). Each proposal is a lesion with `tracking.proposed` set: the reader
 * accepts, adjusts or marks it (disappeared, too small, not evaluable).
 */
export async function proposeTracked(studyUID: string): Promise<ProposalReport> {
  const view = selectResponse(appStore.getState());
  if (!view) return { proposed: [], skipped: [], alignments: [], notes: [] };
  const order = view.studies.map((s) => s.studyInstanceUID);
  if (order.indexOf(studyUID) <= 0) return { proposed: [], skipped: [{ label: '(study)', reason: 'not a follow-up of this patient’s baseline' }], alignments: [], notes: [] };
  notes = [];
  const current = seriesOfStudy(studyUID);
  const proposed: string[] = [];
  const skipped: { label: string; reason: string }[] = [];
  const cache = new Map<string, AlignmentRecord>();
  for (const row of view.built.rows) {
    if (row.cells[studyUID]) continue;
    const prior = priorLesionOf(row, order, studyUID);
    if (!prior) continue;
    try {
      const id = await proposeOne(prior, row, studyUID, current, cache);
      proposed.push(id);
    } catch (e) {
      skipped.push({ label: row.id, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  // Reference regions (liver, blood pool) of the latest earlier study that has them, where this one has none.
  const s = appStore.getState();
  const studyOf = (l: Lesion) => s.series[l.seriesUIDs[0]]?.studyInstanceUID;
  const earlier = order.slice(0, order.indexOf(studyUID)).reverse();
  for (const region of ['liver', 'mediastinum'] as const) {
    if (s.lesions.some((l) => l.referenceRegion === region && studyOf(l) === studyUID)) continue;
    const source = earlier.map((st) => s.lesions.find((l) => l.referenceRegion === region && studyOf(l) === st)).find((l) => l);
    if (!source) continue;
    try {
      proposed.push(await proposeOne(source, null, studyUID, current, cache));
    } catch (e) {
      skipped.push({ label: `${region} reference`, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { proposed, skipped, alignments: [...cache.values()], notes };
}

/** One proposal: a tracked lesion (`row`) or, with `row` null, a reference region placed like the prior one. */
async function proposeOne(prior: Lesion, row: TrackedRow | null, studyUID: string, current: readonly SeriesEntry[], cache: Map<string, AlignmentRecord>): Promise<string> {
  const s = appStore.getState();
  const priorSeries = prior.seriesUIDs.map((uid) => s.series[uid]).filter((e): e is SeriesEntry => !!e);
  if (!priorSeries.length) throw new Error('its series is no longer loaded');
  const pairs = matchSeries(seriesOfStudy(priorSeries[0].studyInstanceUID), current);
  const targets = priorSeries.map((p) => pairs.find((m) => m.priorSeriesUID === p.seriesInstanceUID)?.currentSeriesUID);
  if (!targets[0]) throw new Error(`no ${priorSeries[0].modality} series in the follow-up to measure it on`);
  const mainCurrent = s.series[targets[0]];
  const alignment = await alignmentOf(priorSeries[0], mainCurrent, cache);
  const t = alignment.transform;
  const seriesUIDs = targets.filter((u): u is string => !!u);
  const focusMm = mapPoint(t, prior.focusMm);
  let base: Pick<Lesion, 'name' | 'location' | 'role' | 'tool' | 'seriesUIDs' | 'focusMm' | 'tracking' | 'referenceRegion'>;
  if (row) {
    const tracking: LesionTracking = { ...trackingOf(prior), uid: row.uid, label: row.id, role: row.role, nodal: row.nodal, ...(row.organ ? { organ: row.organ } : {}), status: 'measured', proposed: true };
    delete (tracking as { deauville?: number }).deauville;
    delete (tracking as { increased?: boolean }).increased;
    base = { name: row.id, location: prior.location, role: prior.role, tool: prior.tool, seriesUIDs, focusMm, tracking };
  } else {
    base = { name: prior.name, location: prior.location, role: prior.role, tool: prior.tool, seriesUIDs, focusMm, referenceRegion: prior.referenceRegion };
  }
  let lesion: Lesion;
  if (prior.shape.kind === 'mask') {
    const ev = await ensureEngineVolume(mainCurrent.seriesInstanceUID);
    const seed = prior.growParams ? mapPoint(t, prior.growParams.seedMm) : focusMm;
    // The same method: Caliper's local rule again when the reader kept it, else the reader's bounds.
    const bounds = prior.growParams && !prior.growParams.auto ? { lower: prior.growParams.lower, upper: prior.growParams.upper } : undefined;
    const version = nextVersion();
    const reply = await measureWorker().grow(ev.id, [seed[0], seed[1], seed[2]], bounds, { requestId: `propose-${version}` });
    if (reply.cancelled || !reply.ok) throw new Error(reply.cancelled ? 'cancelled' : reply.error);
    if (reply.value.voxelCount === 0 || reply.value.truncated) {
      // PET uptake near background (a responding lesion) cannot be grown at 41 % without leaking into
      // the liver: measure SULpeak in a sphere at the mapped place instead, and say so.
      if (ev.modality !== 'PT') throw new Error('nothing to grow at the mapped position (disappeared?)');
      const radiusMm = sphereRadiusOf(prior);
      const shape: RoiShape = { kind: 'sphere', center: focusMm, radiusMm };
      const id = crypto.randomUUID();
      const info = seriesInfoOf(ev.seriesUID);
      const annotation = info ? shapeToAnnotation(id, 'sphere', shape, info) : undefined;
      notes.push(`${base.name}: uptake too close to background to re-grow at 41 %: measured in a ${radiusMm.toFixed(0)} mm sphere at the mapped place (check it)`);
      lesion = { ...base, id, tool: 'sphere', shape, version, seriesUIDs: [ev.seriesUID], ...(annotation ? { annotation } : {}) };
      return addProposal(lesion);
    }
    const rec = reply.value.measurement.result.recist;
    const annotation = rec ? autoRecistAnnotation(rec, ev, undefined) : undefined;
    const shape: RoiShape = { kind: 'mask', volumeId: ev.id, mask: reply.value.mask };
    lesion = { ...base, id: annotation?.annotationUID ?? crypto.randomUUID(), shape, version, seriesUIDs: [ev.seriesUID], ...(annotation ? { annotation } : {}),
      growParams: { seedMm: [seed[0], seed[1], seed[2]], lower: reply.value.bounds.lower, upper: reply.value.bounds.upper, ...(bounds ? {} : { auto: true }) } };
  } else {
    const shape = mapShape(prior.shape, t);
    if (!shape) throw new Error(`a ${prior.shape.kind} cannot be carried to another grid`);
    const id = crypto.randomUUID();
    await ensureEngineVolume(mainCurrent.seriesInstanceUID);
    const info = seriesInfoOf(mainCurrent.seriesInstanceUID);
    const annotation = info ? shapeToAnnotation(id, prior.tool, shape, info) : undefined;
    lesion = { ...base, id, shape, version: nextVersion(), ...(annotation ? { annotation } : {}) };
  }
  return addProposal(lesion);
}

/** Radius (mm) of a sphere holding a prior PET lesion: 1.5 × its equivalent-sphere radius, at least 10 mm. */
function sphereRadiusOf(prior: Lesion): number {
  const r = appStore.getState().results[prior.id];
  const ml = Object.values(r ?? {}).find((x) => x?.measurement && x.version === prior.version)?.measurement?.result.volumeMl ?? 0;
  return Math.max(10, 1.5 * Math.cbrt((3 * ml * 1000) / (4 * Math.PI)));
}

/** Adds a proposed lesion, draws it and measures it; resolves to its id. */
async function addProposal(lesion: Lesion): Promise<string> {
  const s = appStore.getState();
  s.setLiveVersion(lesion.id, lesion.version);
  s.runCommand({ type: 'addLesion', lesion });
  if (lesion.annotation) {
    const { annotation } = await import('@cornerstonejs/tools');
    const snap = JSON.parse(JSON.stringify(lesion.annotation)) as { metadata: { FrameOfReferenceUID: string } };
    annotation.state.addAnnotation(snap as never, snap.metadata.FrameOfReferenceUID);
    renderAll();
  }
  await measureLesion(lesion.id, lesion.shape, lesion.version, lesion.seriesUIDs);
  return lesion.id;
}
