import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';

/** Minimal fetch signature (global fetch in browsers and Node ≥ 18). */
export type FetchLike = (url: string, init?: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  json(): Promise<unknown>;
}>;

export interface ManifestSeries {
  readonly seriesInstanceUID: string;
  readonly modality: string;
  readonly seriesDescription?: string;
  readonly seriesNumber?: number;
  /** Optional headers for matching series across timepoints (else read from the first image). */
  readonly bodyPartExamined?: string;
  readonly frameOfReferenceUID?: string;
  /** ImageOrientationPatient: 6 direction cosines. */
  readonly imageOrientationPatient?: readonly number[];
  /** Paths relative to the manifest URL. */
  readonly instances: readonly string[];
}

export interface ManifestStudy {
  readonly studyInstanceUID: string;
  readonly patientName?: string;
  readonly patientId?: string;
  /** IssuerOfPatientID: Patient IDs are unique only within their issuer. */
  readonly issuerOfPatientId?: string;
  readonly studyDate?: string;
  /** DICOM TM, orders studies of the same day. */
  readonly studyTime?: string;
  readonly studyDescription?: string;
  readonly series: readonly ManifestSeries[];
}

/** Static study manifest (public/demo/manifest.json), version 1. */
export interface StudyManifest {
  readonly version: 1;
  readonly studies: readonly ManifestStudy[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function optString(o: Record<string, unknown>, k: string, at: string): string | undefined {
  const v = o[k];
  if (v !== undefined && typeof v !== 'string') throw new Error(`${at}.${k} must be a string`);
  return v;
}

function reqString(o: Record<string, unknown>, k: string, at: string): string {
  const v = o[k];
  if (typeof v !== 'string' || v === '') throw new Error(`${at}.${k} must be a non-empty string`);
  return v;
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function readSeries(v: unknown, at: string): ManifestSeries {
  if (!isObj(v)) throw new Error(`${at} must be an object`);
  const inst = v.instances;
  if (!Array.isArray(inst) || inst.some((p) => typeof p !== 'string' || p === '')) throw new Error(`${at}.instances must be an array of relative paths`);
  if (inst.some((p: string) => /^[a-z]+:|^\//i.test(p) || p.split('/').includes('..'))) throw new Error(`${at}.instances must be relative paths inside the manifest folder`);
  const num = v.seriesNumber;
  if (num !== undefined && typeof num !== 'number') throw new Error(`${at}.seriesNumber must be a number`);
  const iop = v.imageOrientationPatient;
  if (iop !== undefined && (!Array.isArray(iop) || iop.length !== 6 || iop.some((x) => typeof x !== 'number' || !Number.isFinite(x)))) {
    throw new Error(`${at}.imageOrientationPatient must be 6 numbers`);
  }
  return clean({
    seriesInstanceUID: reqString(v, 'seriesInstanceUID', at),
    modality: reqString(v, 'modality', at),
    seriesDescription: optString(v, 'seriesDescription', at),
    seriesNumber: num as number | undefined,
    bodyPartExamined: optString(v, 'bodyPartExamined', at),
    frameOfReferenceUID: optString(v, 'frameOfReferenceUID', at),
    imageOrientationPatient: iop as number[] | undefined,
    instances: inst as string[],
  });
}

function readStudy(v: unknown, at: string): ManifestStudy {
  if (!isObj(v)) throw new Error(`${at} must be an object`);
  if (!Array.isArray(v.series)) throw new Error(`${at}.series must be an array`);
  return clean({
    studyInstanceUID: reqString(v, 'studyInstanceUID', at),
    patientName: optString(v, 'patientName', at),
    patientId: optString(v, 'patientId', at),
    issuerOfPatientId: optString(v, 'issuerOfPatientId', at),
    studyDate: optString(v, 'studyDate', at),
    studyTime: optString(v, 'studyTime', at),
    studyDescription: optString(v, 'studyDescription', at),
    series: v.series.map((s, i) => readSeries(s, `${at}.series[${i}]`)),
  });
}

/** Validate parsed JSON against the version-1 manifest schema; the error names the bad field. */
export function validateManifest(json: unknown): Result<StudyManifest, string> {
  try {
    if (!isObj(json)) throw new Error('manifest must be a JSON object');
    if (json.version !== 1) throw new Error(`unsupported manifest version ${JSON.stringify(json.version)} (expected 1)`);
    if (!Array.isArray(json.studies)) throw new Error('manifest.studies must be an array');
    return ok({ version: 1, studies: json.studies.map((s, i) => readStudy(s, `studies[${i}]`)) });
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}
