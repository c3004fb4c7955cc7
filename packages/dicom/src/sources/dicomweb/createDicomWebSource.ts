import type { FileError, Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { api } from 'dicomweb-client';
import type { LoadResult } from '../../model/series';
import { mergeResults, parseMany } from '../parseMany';
import { jsonToPart10 } from './jsonToPart10';
import { explainHttpError } from './explainHttpError';
import type { DicomJson } from './qidoModel';
import { jsonNumber, jsonString, toInstanceSummary, toSeriesSummary, toStudySummary } from './qidoModel';
import type { DicomWebOptions, DicomWebSource } from './types';
import { instanceUrl, instancesUrl, seriesUrl, studiesUrl } from './urls';
import { retryBusy } from './retryBusy';

/** The part of dicomweb-client used here (its bundled typings mark every option as required). */
interface Client {
  searchForStudies(o: { queryParams: Record<string, string> }): Promise<unknown>;
  searchForSeries(o: { studyInstanceUID: string }): Promise<unknown>;
  searchForInstances(o: { studyInstanceUID: string; seriesInstanceUID: string }): Promise<unknown>;
  retrieveSeries(o: { studyInstanceUID: string; seriesInstanceUID: string }): Promise<unknown>;
  retrieveSeriesMetadata(o: { studyInstanceUID: string; seriesInstanceUID: string }): Promise<unknown>;
  retrieveInstanceFrames(o: { studyInstanceUID: string; seriesInstanceUID: string; sopInstanceUID: string; frameNumbers: number[] }): Promise<unknown>;
}

function defined<T>(list: readonly (T | undefined)[]): T[] {
  return list.filter((x): x is T => x !== undefined);
}

/**
 * DICOMweb source over `dicomweb-client` (QIDO-RS search, WADO-RS retrieve as Part 10, which is
 * then parsed like a local file). Errors (401/403/404/5xx/offline/timeout) come back as FileErrors
 * with a message naming the resource; nothing rejects. Browser only (dicomweb-client uses XHR).
 */
export function createDicomWebSource(options: DicomWebOptions): DicomWebSource {
  const url = options.url.replace(/\/+$/, '');
  const timeout = options.timeoutMs ?? 30_000;
  const client = new api.DICOMwebClient({
    url,
    verbose: false,
    headers: { ...options.headers, ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) },
    requestHooks: [
      // dicomweb-client only accepts hooks declared with exactly (request, metadata).
      (xhr: XMLHttpRequest, _metadata: unknown) => {
        xhr.timeout = timeout;
        return xhr;
      },
    ],
  } as unknown as ConstructorParameters<typeof api.DICOMwebClient>[0]) as unknown as Client;

  async function search<T>(what: string, resource: string, run: () => Promise<unknown>, map: (o: DicomJson) => T | undefined): Promise<Result<T[], FileError>> {
    try {
      const json = await run();
      if (!Array.isArray(json)) return ok([]);
      return ok(defined((json as DicomJson[]).map(map)));
    } catch (e) {
      return err({ file: resource, reason: explainHttpError(e, what, url) });
    }
  }

  async function retrieveMetadata(study: string, series: string): Promise<Result<DicomJson[], FileError>> {
    const resource = `${seriesUrl(url, study)}/${series}/metadata`;
    try {
      const json = await retryBusy(() => client.retrieveSeriesMetadata({ studyInstanceUID: study, seriesInstanceUID: series }));
      return ok(Array.isArray(json) ? (json as DicomJson[]) : []);
    } catch (e) {
      return err({ file: resource, reason: explainHttpError(e, 'WADO-RS metadata retrieve', url) });
    }
  }

  return {
    url,
    searchStudies: (query = {}) =>
      search('QIDO-RS study search', studiesUrl(url, query), () => client.searchForStudies({ queryParams: { ...query } }), toStudySummary),
    searchSeries: (study) =>
      search('QIDO-RS series search', seriesUrl(url, study), () => client.searchForSeries({ studyInstanceUID: study }), (o) => toSeriesSummary(o, study)),
    searchInstances: (study, series) =>
      search(
        'QIDO-RS instance search',
        instancesUrl(url, study, series),
        () => client.searchForInstances({ studyInstanceUID: study, seriesInstanceUID: series }),
        (o) => toInstanceSummary(o, study, series),
      ),
    async retrieveSeries(study, series): Promise<LoadResult> {
      const resource = `${seriesUrl(url, study)}/${series}`;
      try {
        const parts = (await retryBusy(() => client.retrieveSeries({ studyInstanceUID: study, seriesInstanceUID: series }))) as ArrayBuffer[];
        const loaded = parseMany(parts.map((buf, i) => ({ name: `${resource}/instances[${i}]`, bytes: new Uint8Array(buf) })));
        // Name each instance by its WADO-RS URL once its SOP Instance UID is known.
        return { ...loaded, instances: loaded.instances.map((inst) => ({ ...inst, file: instanceUrl(url, study, series, inst.sopInstanceUID) })) };
      } catch (e) {
        return { instances: [], errors: [{ file: resource, reason: explainHttpError(e, 'WADO-RS series retrieve', url) }] };
      }
    },
    retrieveSeriesMetadata: (study, series) => retrieveMetadata(study, series),
    async retrieveSeriesFrames(study, series): Promise<LoadResult> {
      const meta = await retrieveMetadata(study, series);
      if (!meta.ok) return { instances: [], errors: [meta.error] };
      const results: LoadResult[] = [];
      for (const json of meta.value) {
        const sop = jsonString(json, '00080018');
        if (!sop) continue;
        const name = instanceUrl(url, study, series, sop);
        const n = Math.max(1, jsonNumber(json, '00280008') ?? 1);
        if (!json['7FE00010']) {
          results.push(parseMany([{ name, bytes: jsonToPart10(json, []) }]));
          continue;
        }
        try {
          const frameNumbers = Array.from({ length: n }, (_, i) => i + 1);
          const parts = (await retryBusy(() => client.retrieveInstanceFrames({ studyInstanceUID: study, seriesInstanceUID: series, sopInstanceUID: sop, frameNumbers }))) as ArrayBuffer[];
          results.push(parseMany([{ name, bytes: jsonToPart10(json, parts.map((b) => new Uint8Array(b))) }]));
        } catch (e) {
          results.push({ instances: [], errors: [{ file: name, reason: explainHttpError(e, 'WADO-RS frame retrieve', url) }] });
        }
      }
      return mergeResults(results);
    },
  };
}
