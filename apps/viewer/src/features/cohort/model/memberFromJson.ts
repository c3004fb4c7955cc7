import type { ResponseResult } from '@caliper/response';
import type { MemberDraft } from './types';

const isResult = (j: unknown): j is ResponseResult =>
  !!j && typeof j === 'object' && 'bestOverallResponse' in j && 'criteria' in j && Array.isArray((j as { timepoints?: unknown }).timepoints);
const isTimeline = (j: unknown): boolean => !!j && typeof j === 'object' && Array.isArray((j as { timepoints?: unknown }).timepoints);

/**
 * One patient from a JSON document: a `caliper response --json` result (kept as assessed), a
 * timeline (assessed under the cohort's criterion), or an error naming what it is not. `label`
 * is taken only from the caller, never from the document (whose fields may identify the patient).
 */
export function memberFromJson(json: unknown, file: string, label?: string): MemberDraft {
  const base = { files: file ? [file] : [], ...(label ? { label } : {}) };
  if (isResult(json)) return { ...base, source: 'response', input: { kind: 'result', result: json } };
  if (isTimeline(json)) return { ...base, source: 'timeline', input: { kind: 'timeline', timeline: json } };
  return { ...base, source: 'document', input: { kind: 'error', reason: 'not a reading: neither a timeline ({timepoints: [...]}) nor a `caliper response --json` result' } };
}

/** Same, from a file's bytes (UTF-8 JSON). */
export function memberFromJsonBytes(bytes: Uint8Array, file: string): MemberDraft {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return { files: [file], source: 'document', input: { kind: 'error', reason: `not JSON (${e instanceof Error ? e.message : String(e)})` } };
  }
  return memberFromJson(json, file);
}
