import { readFile } from 'node:fs/promises';
import type { CriteriaName, ResponseResult } from '@caliper/response';
import { PET_CRITERIA, TimelineError, assessResponse, parseTimeline } from '@caliper/response';
import type { CohortPatient } from '@caliper/board';

export type CohortInput = { ok: true; patients: CohortPatient[] } | { ok: false; error: string; code: number };

const isResult = (j: unknown): j is ResponseResult =>
  !!j && typeof j === 'object' && 'bestOverallResponse' in j && 'criteria' in j && Array.isArray((j as { timepoints?: unknown }).timepoints);

/**
 * One patient per file, labelled "Case 1", "Case 2"… in argument order (file names can carry
 * identifiers, so they are never shown): a `caliper response` timeline, assessed under `criteria`,
 * or a `caliper response --json` result under that same criterion.
 */
export async function readCohort(files: readonly string[], criteria: CriteriaName): Promise<CohortInput> {
  const patients: CohortPatient[] = [];
  for (const [i, file] of files.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ok: false, error: `no such file: ${file}`, code: 2 };
      return { ok: false, error: `invalid cohort member ${file}: ${(e as Error).message}`, code: 1 };
    }
    const label = `Case ${i + 1}`;
    if (isResult(json)) {
      if (json.criteria !== criteria) return { ok: false, error: `${file} was assessed under ${json.criteria}, not ${criteria}`, code: 1 };
      patients.push({ label, result: json });
      continue;
    }
    try {
      patients.push({ label, result: assessResponse(parseTimeline(json), criteria, PET_CRITERIA.includes(criteria) ? {} : { confirm: false }) });
    } catch (e) {
      if (e instanceof TimelineError) return { ok: false, error: `${file}: ${e.message}`, code: 1 };
      throw e;
    }
  }
  return { ok: true, patients };
}
