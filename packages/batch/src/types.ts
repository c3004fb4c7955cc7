/** The engine commands `caliper batch` runs on each item. */
export const BATCH_TASKS = ['measure', 'radiomics', 'burden', 'adc', 'response'] as const;
export type BatchTask = (typeof BATCH_TASKS)[number];

/** One manifest row (or, for `response`, one patient's rows), paths already resolved against the manifest's folder. */
export interface ManifestItem {
  /** Stable identity of the item: names its output files and decides its shard. */
  readonly key: string;
  /** 1-based manifest line(s) the item came from (CSV: the file line; JSON: the array index + 1). */
  readonly lines: readonly number[];
  /** Local DICOM files or folders (measure/radiomics/burden/adc), or SR / timeline files (response). */
  readonly paths: readonly string[];
  /** DICOMweb StudyInstanceUID (with `--dicomweb <root>`). */
  readonly study: string | null;
  /** Optional SeriesInstanceUID within `study`. */
  readonly series: string | null;
  /** ROI file (roi.json, NIfTI, SEG, RTSTRUCT) for this item; null = the task's --roi. */
  readonly roi: string | null;
  /** Segment number of a multi-segment DICOM SEG `roi` (batch measures every segment as its own item), else null. */
  readonly segment: number | null;
  readonly patient: string | null;
  readonly timepoint: string | null;
}

/** What `caliper batch` records about one item (items/<file>.meta.json); the item's document is beside it. */
export interface ItemRecord {
  readonly key: string;
  readonly status: 'ok' | 'failed';
  /** Why the item failed (the command's {"error"} or the input error); null when ok. */
  readonly error: string | null;
  /** The command's exit code (0 ok, 1 input could not be measured). */
  readonly exitCode: number;
  readonly task: BatchTask;
  readonly patient: string | null;
  readonly timepoint: string | null;
  /** Label of the ROI the item was measured in (ROI file name without extension, or "default"). */
  readonly roi: string | null;
  /** sha256 (hex) over the item's input bytes (DICOM files, ROI file) or, for DICOMweb, its SOP Instance UIDs. */
  readonly inputHash: string;
  readonly configHash: string;
  /** StudyInstanceUID / SeriesInstanceUID of the input, `;`-joined, sorted. */
  readonly inputUids: readonly string[];
  readonly caliperVersion: string;
  /** Wall time of the item, ms. */
  readonly durationMs: number;
  /** ISO time the record was written. */
  readonly finishedAt: string;
  /** With --sr/--stow: the DICOM objects written next to the document (file names in items/), their SOP Instance UIDs, and whether they were stored over STOW-RS. */
  readonly dicom?: ItemDicomRecord;
}

export interface ItemDicomRecord {
  readonly sr: string;
  readonly seg: string;
  readonly srSopInstanceUID: string;
  readonly segSopInstanceUID: string;
  /** The DICOMweb root they were stored in, or null when only written. */
  readonly storedTo: string | null;
}

/** One feature of one item in one ROI: a number with its unit, or a text value (categories). */
export interface FeatureValue {
  readonly roi: string;
  readonly feature: string;
  readonly value: number | null;
  readonly text: string | null;
  readonly unit: string;
}

/** One row of the cohort table: item × ROI × feature, plus provenance. */
export interface TableRow extends FeatureValue {
  readonly item: string;
  readonly patient: string | null;
  readonly timepoint: string | null;
  readonly task: BatchTask;
  readonly status: 'ok' | 'failed';
  readonly error: string | null;
  readonly caliperVersion: string;
  readonly configHash: string;
  readonly inputHash: string;
  readonly inputUids: string;
}

/** Column order of the cohort table (CSV header, Parquet schema). */
export const TABLE_COLUMNS = ['item', 'patient', 'timepoint', 'task', 'roi', 'feature', 'value', 'text', 'unit', 'status', 'error', 'caliper_version', 'config_hash', 'input_hash', 'input_uids'] as const;
