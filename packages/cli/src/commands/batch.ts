import path from 'node:path';
import { UsageError, failer, log, printJson, usageExit } from '../command';
import { parseBatchArgs } from '../batch/parseBatchArgs';
import { runBatch } from '../batch/runBatch';
import { runMerge } from '../batch/runMerge';

const USAGE = [
  'usage: caliper batch <manifest.csv|manifest.json> --task measure|radiomics|burden|adc|response --out <dir>',
  '                     [--jobs <n>] [--shard <i>/<N>] [--memory-mb <MiB>] [--force] [--json] [task options]',
  '                     [--sr] [--stow <dicomweb-root>]   measure/radiomics: each ROI also as DICOM SEG + TID 1500 SR (stored over STOW-RS)',
  '       caliper batch --dicomweb <root> --query <QIDO query> --task <task> --out <dir> [...]',
  '       caliper batch merge <out-dir...> --out <dir> [--json]',
  'task options (forwarded to the single-study command):',
  '  measure   --roi <roi.json|mask> (default for rows without roi) [--suv bw|sul|bsa] [--weight-kg|--dose-bq|--injection]',
  '  radiomics --config <A..E|settings.json> [--roi <roi.json|mask>]',
  '  burden    --method <name> [--min-volume-ml] [--exclude auto|<mask>] [--liver-center-mm x,y,z] [--blood-center-mm x,y,z]',
  '  adc       (none)            response  --criteria <name> [--confirm] [--sd-min-days <n>]',
  'exit: 0 every item ok (or already done), 1 an item failed or the input is unusable, 2 bad usage (docs/batch.md)',
].join('\n');

function parseMergeArgs(argv: readonly string[]): { dirs: string[]; out: string; json: boolean } {
  const dirs: string[] = [];
  let out: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--out' || a.startsWith('--out=')) out = a.includes('=') ? a.slice(6) : argv[++i];
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else dirs.push(path.resolve(a));
  }
  if (!out) throw new UsageError('missing --out <dir>');
  if (dirs.length === 0) throw new UsageError('give the output folders to merge');
  return { dirs, out: path.resolve(out), json };
}

/**
 * `caliper batch`: a single-study command (measure, radiomics, burden, adc, response) over a
 * cohort, in worker processes, resumable, sharded for job arrays; `caliper batch merge` joins the
 * shards' outputs. With --json: progress lines on stderr, exactly one JSON document (the summary
 * or {"error"}) on stdout. Exit 0 all items ok, 1 an item failed or the input is unusable, 2 bad
 * usage (unknown task or option, shard out of range, an output folder of another config).
 */
export async function run(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    log(USAGE);
    return 0;
  }
  if (argv[0] === 'merge') {
    let m;
    try {
      m = parseMergeArgs(argv.slice(1));
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      return usageExit('batch merge', e, USAGE, argv);
    }
    const fail = failer('batch merge', m.json);
    try {
      const r = runMerge(m.dirs, m.out);
      if (!r.ok) return fail(r.error, 1);
      if (m.json) printJson(r.summary);
      else log(`merged ${r.summary.total} items (${r.summary.failed} failed, ${r.summary.duplicates} duplicate records dropped) from ${m.dirs.length} folders: ${r.summary.table.csv}, ${r.summary.table.parquet}`);
      return r.summary.failed > 0 ? 1 : 0;
    } catch (e) {
      return fail(`internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
    }
  }
  let a;
  try {
    a = parseBatchArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usageExit('batch', e, USAGE, argv);
  }
  const fail = failer('batch', a.json);
  try {
    const r = await runBatch(a);
    if (!r.ok) return fail(r.error, r.code);
    const s = r.summary;
    if (a.json) printJson(s);
    else log(`${s.total} items${s.shard ? ` (shard ${s.shard})` : ''}: ${s.ok} ok (${s.skipped} already done), ${s.failed} failed; ${s.rows} rows in ${s.table.csv} and ${s.table.parquet}${s.failed ? `\nfailed: ${s.failures.map((f) => `${f.key} (${f.error})`).join('; ')}` : ''}`);
    return s.failed > 0 ? 1 : 0;
  } catch (e) {
    return fail(`internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
}
