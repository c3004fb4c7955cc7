import { availableParallelism, totalmem } from 'node:os';
import path from 'node:path';
import { BATCH_TASKS, parseShard } from '@caliper/batch';
import type { BatchTask, Shard } from '@caliper/batch';
import { UsageError } from '../command';
import { TASK_OPTIONS, REQUIRED_OPTIONS } from './taskOptions';

export interface BatchArgs {
  /** Manifest file (CSV or JSON), or null with --dicomweb/--query. */
  readonly manifest: string | null;
  /** DICOMweb root (…/dicom-web) for study rows and --query. */
  readonly dicomweb: string | null;
  /** QIDO-RS study query string, e.g. `ModalitiesInStudy=PT&StudyDate=2024`. */
  readonly query: string | null;
  readonly task: BatchTask;
  /** Forwarded task options by name (value true for flags), file values absolute. */
  readonly options: Readonly<Record<string, string | true>>;
  readonly out: string;
  readonly jobs: number;
  readonly shard: Shard | null;
  readonly json: boolean;
  readonly force: boolean;
  /** Budget for items side by side, MiB of estimated working memory (default: half the machine's RAM). */
  readonly memoryMb: number;
  /** DICOMweb attempts per request (network errors and 5xx; 4xx fail at once). */
  readonly retries: number;
  /** Also write each item's ROI as DICOM SEG + TID 1500 SR next to its JSON (measure, radiomics). */
  readonly sr: boolean;
  /** DICOMweb root to store the SR and SEG of each item in over STOW-RS (implies sr). */
  readonly stow: string | null;
}

const BATCH_FLAGS = new Set(['json', 'force', 'sr']);
const BATCH_VALUES = new Set(['task', 'out', 'jobs', 'shard', 'dicomweb', 'query', 'memory-mb', 'retries', 'stow']);

/**
 * `caliper batch` argv → BatchArgs; throws UsageError (exit 2) for an unknown task or option, a
 * missing --task/--out/input, a bad --jobs/--shard (out of range), or a task option the task lacks.
 * Relative paths are resolved against `cwd`.
 */
export function parseBatchArgs(argv: readonly string[], cwd = process.cwd()): BatchArgs {
  const v: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const takesValue = BATCH_VALUES.has(name) || Object.values(TASK_OPTIONS).some((os) => os.some((o) => o.name === name && o.value));
    const isFlag = BATCH_FLAGS.has(name) || Object.values(TASK_OPTIONS).some((os) => os.some((o) => o.name === name && !o.value));
    if (!takesValue && !isFlag) throw new UsageError(`unknown option --${name}`);
    if (isFlag) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      v[name] = true;
      continue;
    }
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    v[name] = value;
  }
  const task = v.task;
  if (task === undefined) throw new UsageError(`missing --task (one of ${BATCH_TASKS.join(', ')})`);
  if (!(BATCH_TASKS as readonly string[]).includes(task as string)) throw new UsageError(`unknown task '${task}' (one of ${BATCH_TASKS.join(', ')})`);
  const t = task as BatchTask;
  if (positionals.length > 1) throw new UsageError(`one manifest expected, got ${positionals.length}: ${positionals.join(' ')}`);
  const manifest = positionals[0] ? path.resolve(cwd, positionals[0]) : null;
  const dicomweb = typeof v.dicomweb === 'string' ? v.dicomweb.replace(/\/+$/, '') : null;
  const query = typeof v.query === 'string' ? v.query : null;
  if (manifest && query) throw new UsageError('give a manifest or --query, not both');
  if (!manifest && !query) throw new UsageError('give a manifest (CSV or JSON) or --dicomweb <root> --query <QIDO query>');
  if (query && !dicomweb) throw new UsageError('--query needs --dicomweb <root>');
  if (dicomweb && !/^https?:\/\//.test(dicomweb)) throw new UsageError(`--dicomweb must be an http(s) URL (got '${dicomweb}')`);
  if (typeof v.out !== 'string') throw new UsageError('missing --out <dir>');
  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1 (got '${v.jobs}')`);
  let shard: Shard | null = null;
  if (typeof v.shard === 'string') {
    const s = parseShard(v.shard);
    if (!s.ok) throw new UsageError(s.error);
    shard = s.shard;
  }
  const memoryMb = v['memory-mb'] === undefined ? Math.floor(totalmem() / 2 ** 21) : Number(v['memory-mb']);
  if (!(memoryMb > 0)) throw new UsageError(`--memory-mb must be a positive number of MiB (got '${v['memory-mb']}')`);
  const retries = v.retries === undefined ? 3 : Number(v.retries);
  if (!Number.isInteger(retries) || retries < 1) throw new UsageError(`--retries must be a whole number ≥ 1 (got '${v.retries}')`);
  const stow = typeof v.stow === 'string' ? v.stow.replace(/\/+$/, '') : null;
  if (stow && !/^https?:\/\//.test(stow)) throw new UsageError(`--stow must be an http(s) URL (got '${stow}')`);
  const sr = v.sr === true || stow !== null;
  if (sr && t !== 'measure' && t !== 'radiomics') throw new UsageError(`--${stow ? 'stow' : 'sr'} writes each ROI as DICOM SR and SEG: only for the measure and radiomics tasks (not ${t})`);
  const allowed = TASK_OPTIONS[t];
  const options: Record<string, string | true> = {};
  for (const [k, val] of Object.entries(v)) {
    if (BATCH_FLAGS.has(k) || BATCH_VALUES.has(k)) continue;
    const o = allowed.find((x) => x.name === k);
    if (!o) throw new UsageError(`--${k} is not an option of the ${t} task (${allowed.length ? allowed.map((x) => `--${x.name}`).join(', ') : 'it takes none'})`);
    options[k] = o.file && typeof val === 'string' && (val.includes('/') || val.includes('.')) ? path.resolve(cwd, val) : val;
  }
  for (const r of REQUIRED_OPTIONS[t]) if (options[r] === undefined) throw new UsageError(`the ${t} task needs --${r}`);
  return { manifest, dicomweb, query, task: t, options, out: path.resolve(cwd, v.out), jobs, shard, json: v.json === true, force: v.force === true, memoryMb, retries, sr, stow };
}
