import { readFile, stat, writeFile } from 'node:fs/promises';
import type { CriteriaName, ResponseResult, Timeline } from '@caliper/response';
import { CRITERIA, PET_CRITERIA, TimelineError, assessResponse, parseTimeline } from '@caliper/response';
import type { CaseSummary, Paper, Therapy } from '@caliper/board';
import { buildCaseSummary, buildCohort, buildCohortPdf, buildSummaryPdf, rowsFromTimeline, tableCsv } from '@caliper/board';
import { readCohort } from '../board/readCohort';
import type { KeyImageNote } from '../board/buildKeyImages';
import { UsageError, failer, log, printJson, usageExit } from '../command';
import { readTimelineInput } from '../response/readTimelineInput';

const USAGE = [
  'usage: caliper board <timeline.json | SR files...> --criteria <name> --out <summary.pdf> [--label <text>] [--paper a4|letter]',
  '       [--therapy <name>,<start YYYY-MM-DD>[,<stop>]]... [--csv <table.csv>] [--images <series dir|file>]... [--json]',
  '       caliper board --cohort <timeline.json | response.json...> --criteria <name> --out <cohort.pdf> [--paper a4|letter] [--json]',
  `criteria: ${CRITERIA.join(', ')}`,
].join('\n');

interface Args {
  files: string[];
  criteria: CriteriaName;
  out: string;
  label: string;
  paper: Paper;
  csv?: string;
  therapies: Therapy[];
  /** --images (repeatable): files and folders of the image series the SRs refer to. */
  images: string[];
  cohort: boolean;
  json: boolean;
}


function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const opts: Record<string, string | undefined> = {};
  let json = false;
  let cohort = false;
  const therapies: Therapy[] = [];
  const images: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(criteria|out|label|paper|csv)(?:=(.*))?$/.exec(a);
    const th = /^--therapy(?:=(.*))?$/.exec(a);
    const im = /^--images(?:=(.*))?$/.exec(a);
    if (a === '--json') json = true;
    else if (im) {
      const v = im[1] ?? argv[++i];
      if (v === undefined || v === '' || (im[1] === undefined && v.startsWith('-'))) throw new UsageError('--images needs a series folder or file');
      images.push(v);
    }
    else if (a === '--cohort') cohort = true;
    else if (th) {
      const v = th[1] ?? argv[++i];
      const parts = (v ?? '').split(',').map((p) => p.trim());
      if (parts.length < 2 || parts.length > 3 || !parts[0] || !parts.slice(1).every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))) throw new UsageError(`--therapy needs <name>,<start YYYY-MM-DD>[,<stop YYYY-MM-DD>] (got ${JSON.stringify(v ?? '')})`);
      therapies.push({ name: parts[0], start: parts[1], ...(parts[2] ? { stop: parts[2] } : {}) });
    }
    else if (m) {
      const v = m[2] ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`--${m[1]} needs a value`);
      opts[m[1]] = v;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  const { criteria, out } = opts;
  if (criteria === undefined) throw new UsageError('missing --criteria <name>');
  if (!(CRITERIA as readonly string[]).includes(criteria)) throw new UsageError(`unknown --criteria value '${criteria}' (one of ${CRITERIA.join(', ')})`);
  if (out === undefined) throw new UsageError('missing --out <summary.pdf>');
  const paper = opts.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`unknown --paper value '${paper}' (a4 or letter)`);
  if (files.length === 0) throw new UsageError('no timeline or SR file given');
  if (images.length > 0 && cohort) throw new UsageError('--images is for one patient\'s SRs, not --cohort');
  if (images.length > 0 && isTimelineJson(files)) throw new UsageError('--images needs SR input (the measurements\' image coordinates); a timeline JSON has none');
  return { files, criteria: criteria as CriteriaName, out, label: opts.label ?? 'Case', paper, therapies, images, cohort, json, ...(opts.csv ? { csv: opts.csv } : {}) };
}

/** A single .json file is a timeline; anything else is read as Caliper SRs (one per timepoint). */
const isTimelineJson = (files: readonly string[]): boolean => files.length === 1 && files[0].toLowerCase().endsWith('.json');

/**
 * `caliper board <timeline.json | SR files...> --criteria <name> --out summary.pdf [--json]`:
 * the tumour-board PDF summary (timeline with categories and deciding rules, vector plots,
 * per-lesion table, methods) without identifiers; with --images (SR input) the target lesions' key
 * images at baseline, nadir and current. Exit 0 written (a key image that cannot be made is skipped
 * and named, never a failure); 1 invalid input (named); 2 bad usage. --json prints the case summary
 * (the plots' data), the PDF's path and size, and with --images `keyImages[]` (drawn or skipped).
 */
export async function run(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usageExit('board', e, USAGE, argv);
  }
  const fail = failer('board', args.json);
  if (args.cohort) return runCohort(args, fail);
  // One .json file is a timeline; anything else is read as Caliper's SRs.
  for (const p of args.images) {
    try {
      await stat(p);
    } catch {
      return usageExit('board', new UsageError(`--images: no such file or folder: ${p}`), USAGE, argv);
    }
  }
  const input = await readTimelineInput(args.files, !isTimelineJson(args.files));
  if (!input.ok) return fail(input.error, input.code);
  let timeline: Timeline;
  let result: ResponseResult;
  try {
    timeline = parseTimeline(input.json);
    result = assessResponse(timeline, args.criteria, PET_CRITERIA.includes(args.criteria) ? {} : { confirm: false });
  } catch (e) {
    if (e instanceof TimelineError) return fail(e.message, 1);
    throw e;
  }
  let summary;
  try {
    summary = buildCaseSummary(result, { label: args.label, rows: rowsFromTimeline(timeline), therapies: args.therapies });
  } catch (e) {
    if (e instanceof RangeError) return fail(e.message, 1);
    throw e;
  }
  const version = (JSON.parse(await readFile(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  let keyImages: KeyImageNote[] | undefined;
  let pdfKeyImages;
  if (args.images.length > 0) {
    const built = await keyImagesOf(args, timeline, summary);
    keyImages = built.notes;
    pdfKeyImages = built.images;
  }
  const pdf = await buildSummaryPdf(summary, { paper: args.paper, version, ...(pdfKeyImages ? { keyImages: pdfKeyImages } : {}) });
  try {
    await writeFile(args.out, pdf);
  } catch (e) {
    return fail(`cannot write ${args.out}: ${(e as Error).message}`, 1);
  }
  log(`caliper board: wrote ${args.out} (${pdf.length} bytes)`);
  if (args.csv) {
    try {
      await writeFile(args.csv, tableCsv(summary));
    } catch (e) {
      return fail(`cannot write ${args.csv}: ${(e as Error).message}`, 1);
    }
    log(`caliper board: wrote ${args.csv}`);
  }
  if (args.json) printJson({ out: args.out, ...(args.csv ? { csv: args.csv } : {}), bytes: pdf.length, paper: args.paper, summary, ...(keyImages ? { keyImages } : {}) });
  return 0;
}

/**
 * `--images`: key images of the target lesions from the series the SRs refer to; each one that
 * cannot be made is skipped with its reason on stderr (never a failure of the command).
 */
async function keyImagesOf(args: Args, timeline: Timeline, summary: CaseSummary) {
  const [{ indexImageSeries }, { srLesionsByDate }, { buildKeyImages }] = await Promise.all([
    import('../board/indexImageSeries'), import('../board/srLesionsByDate'), import('../board/buildKeyImages'),
  ]);
  const index = await indexImageSeries(args.images);
  for (const e of index.errors.slice(0, 5)) log(`caliper board: --images: skipped ${e.file}: ${e.reason}`);
  if (index.errors.length > 5) log(`caliper board: --images: ${index.errors.length - 5} more files skipped`);
  const srs = await Promise.all(args.files.map(async (f) => new Uint8Array(await readFile(f))));
  const built = await buildKeyImages(timeline, summary, srLesionsByDate(srs, index.imagePlane), index);
  for (const n of built.notes) if (n.status === 'skipped') log(`caliper board: key image ${n.lesion} ${n.role} ${n.date} skipped: ${n.reason}`);
  log(`caliper board: ${built.images.length} key image${built.images.length === 1 ? '' : 's'} drawn`);
  return built;
}

/** `--cohort`: one patient per file; waterfall, swimmer, ORR/DCR and a table per patient. */
async function runCohort(args: Args, fail: (message: string, code: number) => number): Promise<number> {
  const input = await readCohort(args.files, args.criteria);
  if (!input.ok) return fail(input.error, input.code);
  const cohort = buildCohort(input.patients);
  const version = (JSON.parse(await readFile(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const pdf = await buildCohortPdf(cohort, { paper: args.paper, version, criteria: args.criteria });
  try {
    await writeFile(args.out, pdf);
  } catch (e) {
    return fail(`cannot write ${args.out}: ${(e as Error).message}`, 1);
  }
  log(`caliper board: wrote ${args.out} (${pdf.length} bytes, ${cohort.n} patients)`);
  if (args.json) printJson({ out: args.out, bytes: pdf.length, paper: args.paper, cohort });
  return 0;
}
