import type { FileError, Result } from '@caliper/core';
import type { LoadResult } from '../../model/series';
import type { DicomJson } from './qidoModel';

export interface DicomWebOptions {
  /** Service root, e.g. http://127.0.0.1:8042/dicom-web */
  readonly url: string;
  /** Optional bearer token (sent as Authorization: Bearer <token>). */
  readonly token?: string;
  /** Extra request headers (e.g. Basic auth for a server without bearer tokens). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Per-request timeout in ms (default 30000): a silent server gives an error, not a hang. */
  readonly timeoutMs?: number;
}

export interface StudySummary {
  readonly studyInstanceUID: string;
  readonly patientName?: string;
  readonly patientId?: string;
  readonly studyDate?: string;
  readonly studyDescription?: string;
  readonly modalities: readonly string[];
  readonly numberOfSeries?: number;
  readonly numberOfInstances?: number;
}

export interface SeriesSummary {
  readonly studyInstanceUID: string;
  readonly seriesInstanceUID: string;
  readonly modality?: string;
  readonly seriesDescription?: string;
  readonly seriesNumber?: number;
  readonly numberOfInstances?: number;
}

export interface InstanceSummary {
  readonly studyInstanceUID: string;
  readonly seriesInstanceUID: string;
  readonly sopInstanceUID: string;
  readonly sopClassUID?: string;
  readonly instanceNumber?: number;
  readonly numberOfFrames?: number;
}

/** QIDO-RS search + WADO-RS retrieval; every method resolves (errors are values, never rejections). */
export interface DicomWebSource {
  readonly url: string;
  searchStudies(query?: Readonly<Record<string, string>>): Promise<Result<StudySummary[], FileError>>;
  searchSeries(studyInstanceUID: string): Promise<Result<SeriesSummary[], FileError>>;
  searchInstances(studyInstanceUID: string, seriesInstanceUID: string): Promise<Result<InstanceSummary[], FileError>>;
  /** WADO-RS retrieve of every instance of a series as Part 10, parsed. */
  retrieveSeries(studyInstanceUID: string, seriesInstanceUID: string): Promise<LoadResult>;
  /** WADO-RS series metadata (DICOM JSON, one object per instance). */
  retrieveSeriesMetadata(studyInstanceUID: string, seriesInstanceUID: string): Promise<Result<DicomJson[], FileError>>;
  /**
   * WADO-RS retrieve as metadata + frames (application/octet-stream, uncompressed): for servers or
   * proxies that serve frames but not Part 10 objects. Same Instance model as retrieveSeries.
   */
  retrieveSeriesFrames(studyInstanceUID: string, seriesInstanceUID: string): Promise<LoadResult>;
}
