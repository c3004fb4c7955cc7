import type { CriteriaName } from '@caliper/response';
import { CRITERIA } from '@caliper/response';
import { appStore } from '../../../app/store';
import { memberFromJson } from '../model/memberFromJson';
import { selectCohortMemo } from '../model/selectCohort';
import type { CohortTimings } from '../service/timings';
import { timings } from '../service/timings';
import { addFiles } from '../service/addFiles';
import { addFromPacs } from '../service/addFromPacs';
import { csvText, download, pdfBytes } from '../service/exports';
import { closeCohort, openCohort, setCohortLabel } from '../service/openCohort';
import { benchCohort } from './benchCohort';

/** A JSON document (timeline or `caliper response --json` result), optionally with the label to show. */
export type CohortDocument = unknown | { readonly label?: string; readonly document: unknown };

export interface CohortSummary {
  readonly label: string;
  readonly criteria: CriteriaName;
  readonly n: number;
  readonly orr: { count: number; of: number; pct: number | null };
  readonly dcr: { count: number; of: number; pct: number | null };
  readonly counts: Readonly<Record<string, number>>;
  /** Waterfall order (largest increase first): label, best overall response, best % change. */
  readonly order: readonly { label: string; bor: string; bestPct: number | null }[];
  /** Swimmer rows (longest first): label, days on study, ongoing. */
  readonly swimmer: readonly { label: string; days: number; ongoing: boolean }[];
  /** Patients left out: label, files, reason. */
  readonly problems: readonly { label: string; files: readonly string[]; reason: string }[];
}

const wrapped = (d: unknown): d is { label?: string; document: unknown } => !!d && typeof d === 'object' && 'document' in d;

/** `window.caliper.cohort` (docs/api.md): the cohort view (trial arm) and its numbers. */
export const cohortApi = {
  open: (): void => openCohort(),
  close: (): void => closeCohort(),
  isOpen: (): boolean => appStore.getState().cohortOpen,
  /** Adds one patient per JSON document; returns their ids. */
  add(documents: readonly CohortDocument[]): number[] {
    return appStore.getState().addCohortMembers(documents.map((d, i) => (wrapped(d) ? memberFromJson(d.document, `document ${i + 1}`, d.label) : memberFromJson(d, `document ${i + 1}`))));
  },
  /** Adds files as the view's pickers do (JSON: one patient per file; SRs: one patient per folder of `path`, loose SRs one patient). */
  addFiles(files: readonly { name: string; path?: string; bytes: Uint8Array | readonly number[] }[]): Promise<number[]> {
    return addFiles(files.map((f) => ({ name: f.name, ...(f.path ? { path: f.path } : {}), bytes: f.bytes instanceof Uint8Array ? f.bytes : Uint8Array.from(f.bytes) })));
  },
  /** Adds one patient per Patient ID ("ID" or "ID@issuer") from the configured DICOMweb server's SRs (QIDO-RS, WADO-RS). */
  addFromPacs: (patientIds: readonly string[]): Promise<number[]> => addFromPacs(patientIds),
  clear: (): void => appStore.getState().clearCohort(),
  /** Sets (when given) and returns the criterion every patient is assessed under. */
  criteria(c?: CriteriaName): CriteriaName {
    if (c !== undefined) {
      if (!(CRITERIA as readonly string[]).includes(c)) throw new Error(`unknown criterion ${c} (one of ${CRITERIA.join(', ')})`);
      appStore.getState().setCohort({ cohortCriteria: c });
    }
    return appStore.getState().cohortCriteria;
  },
  /** Sets (when given) and returns the cohort label (title, exported file names). */
  label(l?: string): string {
    if (typeof l === 'string') setCohortLabel(l);
    return appStore.getState().cohortLabel;
  },
  summary(): CohortSummary {
    const s = appStore.getState();
    const v = selectCohortMemo(s.cohortMembers, s.cohortCriteria);
    return {
      label: s.cohortLabel, criteria: s.cohortCriteria, n: v.stats.n, orr: v.stats.orr, dcr: v.stats.dcr, counts: v.stats.counts,
      order: v.stats.waterfall.map((b) => ({ label: b.label, bor: b.bor, bestPct: b.bestPct })),
      swimmer: v.stats.swimmer.map((r) => ({ label: r.label, days: r.days, ongoing: r.ongoing })),
      problems: v.problems.map((p) => ({ label: p.label, files: p.files, reason: p.reason })),
    };
  },
  csv: (): string => csvText(),
  pdf: (): Promise<Uint8Array> => pdfBytes(),
  /** Downloads the CSV, PDF or PNG (named after the cohort label); resolves to the file name. */
  download: (kind: 'csv' | 'pdf' | 'png'): Promise<string> => download(kind),
  /** Timings of the cohort shown last (ms): build, specs, and change → both plots in the page. */
  timings: (): CohortTimings => ({ ...timings }),
  /** Opens `n` synthetic patients `repeats` times and reports the median time until both plots are shown (replaces the cohort). */
  bench: (n = 200, repeats = 5) => benchCohort(n, repeats),
};
