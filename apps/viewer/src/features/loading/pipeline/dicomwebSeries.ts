import { prefetchPart10Instance } from '@cornerstonejs/dicom-image-loader';
import {
  explainHttpError,
  groupSeries,
  HttpStatusError,
  instanceUrl,
  jsonToPart10,
  parseInstance,
  retrieveMultipart,
  retryBusy,
  seriesUrl,
  type DicomJson,
  type Instance,
  type LoadResult,
  type MultipartPart,
  type SeriesSummary,
} from '@caliper/dicom';
import { appStore } from '../../../app/store';
import { rememberInstance } from '../../../viewports/prefetch';
import { registerInstances } from '../sources/registerInstances';
import { incompleteSeries } from '../sources/incompleteSeries';
import { partArrived, partFailed } from './dicomwebParts';

export interface DicomWebSeriesTarget {
  /** Service root, e.g. https://pacs/dicom-web */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly study: string;
  readonly series: SeriesSummary;
  /** Caps the requests to the server (dicomwebLimit). */
  readonly limit: <T>(run: () => Promise<T>) => Promise<T>;
}

export interface DicomWebSeriesLoad {
  /** The series UIDs added to the browser: before the pixels when streamed into the pipeline. */
  readonly listed: Promise<string[]>;
  /** Every instance has arrived or been named as missing. */
  readonly done: Promise<void>;
}

const PIXEL_LESS = new Set(['SR', 'SEG', 'KO', 'PR', 'RTSTRUCT', 'DOC', 'REG', 'RWV']);

/** Per-series progress bar ('dicomweb:<uid>'), updated at most every 100 ms. */
function progressOf(t: DicomWebSeriesTarget) {
  const key = `dicomweb:${t.series.seriesInstanceUID}`;
  const label = `Retrieving ${t.series.modality ?? ''} ${t.series.seriesDescription || t.series.seriesInstanceUID}`;
  let done = 0;
  let total = t.series.numberOfInstances ?? 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = () => appStore.getState().setProgress(key, { label, done, total: Math.max(total, done) });
  show();
  return {
    label,
    setTotal: (n: number) => (total = n),
    step() {
      done++;
      timer ??= setTimeout(() => {
        timer = undefined;
        show();
      }, 100);
    },
    end() {
      clearTimeout(timer);
      appStore.getState().setProgress(key, null);
    },
  };
}

async function fetchMetadata(t: DicomWebSeriesTarget, resource: string): Promise<DicomJson[]> {
  const json = await t.limit(() =>
    retryBusy(async () => {
      let res: Response;
      try {
        res = await fetch(`${resource}/metadata`, { headers: { ...t.headers, Accept: 'application/dicom+json' }, signal: AbortSignal.timeout(30_000) });
      } catch (e) {
        throw new HttpStatusError(0, e instanceof Error ? e.message : String(e));
      }
      if (!res.ok) throw new HttpStatusError(res.status, `HTTP ${res.status}`);
      return (await res.json()) as unknown;
    }),
  );
  return Array.isArray(json) ? (json as DicomJson[]) : [];
}

/** Header-only instances from WADO-RS metadata, when every one is a single-frame image (else undefined). */
function headersOf(meta: readonly DicomJson[], t: DicomWebSeriesTarget): Instance[] | undefined {
  const out: Instance[] = [];
  for (const json of meta) {
    const sop = (json['00080018'] as { Value?: unknown[] } | undefined)?.Value?.[0];
    const r = parseInstance(jsonToPart10(json, []), instanceUrl(t.url, t.study, t.series.seriesInstanceUID, String(sop ?? '')));
    if (!r.ok || r.value.numberOfFrames > 1 || !r.value.rows || PIXEL_LESS.has(r.value.modality)) return undefined;
    out.push(r.value);
  }
  return out.length ? out : undefined;
}

/**
 * Retrieves one series of a DICOMweb study in bulk: a streamed multipart WADO-RS series retrieve in
 * the stored transfer syntax (retrieveMultipart). When `progressive` and the series' metadata shows
 * single-frame images, the series is listed from its metadata as soon as its first slice is in, and
 * its slices are handed to Caliper's pipeline as they arrive, the middle two (what the pipeline shows
 * first) asked for alone ahead of the series stream. Otherwise (Cornerstone's stock loader, multi-frame objects, no
 * metadata service) the series is listed once it has arrived. A failure names the series and the
 * HTTP status; the other series are not affected.
 */
export function loadDicomWebSeries(t: DicomWebSeriesTarget, progressive: boolean): DicomWebSeriesLoad {
  const uid = t.series.seriesInstanceUID;
  const resource = `${seriesUrl(t.url, t.study)}/${encodeURIComponent(uid)}`;
  const progress = progressOf(t);
  const named = (e: unknown, what: string) => `${t.series.modality ?? ''} ${t.series.seriesDescription ?? ''}: ${explainHttpError(e, what, t.url)}`.trim();
  let listedResolve!: (ids: string[]) => void;
  const listed = new Promise<string[]>((r) => (listedResolve = r));

  const parse = (part: MultipartPart, k: number): LoadResult => {
    const r = parseInstance(part.body, `${resource} (part ${k + 1})`);
    if (!r.ok) return { instances: [], errors: [r.error] };
    return { instances: [{ ...r.value, file: instanceUrl(t.url, t.study, uid, r.value.sopInstanceUID) }], errors: [] };
  };

  /** Everything first, then listed (the stock loader needs every byte in Cornerstone beforehand). */
  async function whole(): Promise<void> {
    const result: { instances: Instance[]; errors: { file: string; reason: string }[] } = { instances: [], errors: [] };
    let k = 0;
    try {
      await t.limit(() =>
        retrieveMultipart(resource, {
          headers: t.headers,
          onPart(p) {
            const r = parse(p, k++);
            result.instances.push(...r.instances);
            result.errors.push(...r.errors);
            progress.step();
          },
        }),
      );
    } catch (e) {
      // Cut short after some parts: "incomplete: k of n instances arrived" says more than the cause.
      const short = k > 0 ? incompleteSeries(resource, t.series.numberOfInstances, k) : null;
      result.errors.push(short ? { file: short.source, reason: short.reason } : { file: resource, reason: named(e, 'WADO-RS series retrieve') });
    }
    listedResolve(await registerInstances(result, 'dicomweb'));
  }

  async function streamed(heads: Instance[]): Promise<void> {
    // The slices the pipeline shows first (the middle one and its neighbour, in the order the
    // browser lists them: groupSeries), asked for alone ahead of the series stream.
    const order = groupSeries(heads).series[0]?.slices.map((x) => x.instance.sopInstanceUID) ?? [];
    const middle = order.length > 2 ? [order[Math.floor(order.length / 2)], order[Math.floor(order.length / 2) - 1]] : [];
    const deferred = new Map<string, string>();
    const seen = new Set<string>();
    const arrivals: Promise<void>[] = [];
    const early: Instance[] = [];
    let listedYet = false;
    let k = 0;
    let firstPart!: () => void;
    const someArrived = new Promise<void>((r) => (firstPart = r));
    const arrive = (inst: Instance) => {
      const id = deferred.get(inst.sopInstanceUID);
      if (!id || seen.has(id)) return; // not listed by the metadata, or a copy of a slice asked for alone
      seen.add(id);
      const b = inst.byteArray;
      const buf = (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.slice().buffer) as ArrayBuffer;
      arrivals.push(
        prefetchPart10Instance(id, buf).then(
          () => {
            rememberInstance(id, inst);
            partArrived(id);
            progress.step();
          },
          (e: unknown) => partFailed(id, `cannot be displayed: ${e instanceof Error ? e.message : String(e)}`),
        ),
      );
    };
    const onPart = (p: MultipartPart) => {
      const r = parse(p, k++);
      if (r.errors.length) appStore.getState().addErrors(r.errors.map((e) => ({ source: e.file, reason: e.reason })));
      const inst = r.instances[0];
      if (!inst) return;
      firstPart();
      if (listedYet) arrive(inst);
      else early.push(inst);
    };
    const retrieve = (url: string) => t.limit(() => retrieveMultipart(url, { headers: t.headers, onPart }));
    const asked = Promise.allSettled([...middle.map((sop) => retrieve(instanceUrl(t.url, t.study, uid, sop))), retrieve(resource)]);
    // Listed once its first slice is in: a series the server cannot send is named, never shown empty.
    await Promise.race([someArrived, asked]);
    if (k === 0) {
      const failure = (await asked).find((x) => x.status === 'rejected');
      appStore.getState().addErrors([{ source: resource, reason: `${failure ? named(failure.reason, 'WADO-RS series retrieve') : `${t.series.modality ?? ''}: WADO-RS series retrieve sent no instance`} (0 of ${heads.length} instances arrived)` }]);
      return;
    }
    const uids = await registerInstances({ instances: heads, errors: [] }, 'dicomweb', { deferred });
    const ids = [...deferred.values()];
    progress.setTotal(ids.length);
    listedYet = true;
    for (const inst of early.splice(0)) arrive(inst);
    listedResolve(uids);
    const results = await asked;
    const failure = results.at(-1)!;
    const sopOf = new Map([...deferred].map(([sop, id]) => [id, sop]));
    let missing = ids.filter((id) => !seen.has(id));
    if (failure.status === 'rejected' && missing.length) {
      // The stream was cut after some parts: the server works, so ask for the rest one by one.
      await Promise.allSettled(missing.map((id) => retrieve(instanceUrl(t.url, t.study, uid, sopOf.get(id)!))));
      missing = missing.filter((id) => !seen.has(id));
    }
    await Promise.all(arrivals);
    if (missing.length) {
      const reason =
        failure.status === 'rejected'
          ? named(failure.reason, 'WADO-RS series retrieve')
          : `${t.series.modality ?? ''} ${t.series.seriesDescription ?? ''}: WADO-RS series retrieve left out ${missing.length} of ${ids.length} instances listed by its metadata`.trim();
      appStore.getState().addErrors([{ source: resource, reason: `${reason} (${ids.length - missing.length} of ${ids.length} instances arrived)` }]);
      for (const id of missing) partFailed(id, reason);
    }
  }

  const done = (async () => {
    try {
      let heads: Instance[] | undefined;
      if (progressive) {
        try {
          heads = headersOf(await fetchMetadata(t, resource), t);
        } catch {
          heads = undefined; // no metadata service: the whole series first, as the stock loader takes it
        }
      }
      await (heads ? streamed(heads) : whole());
    } catch (e) {
      appStore.getState().addErrors([{ source: resource, reason: named(e, 'WADO-RS series retrieve') }]);
    } finally {
      progress.end();
      listedResolve([]);
    }
  })();
  return { listed, done };
}
