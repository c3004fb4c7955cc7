import { readFile } from 'node:fs/promises';
import type { CriteriaName, ResponseResult } from '@caliper/response';
import { CRITERIA, PET_CRITERIA, TimelineError, assessResponse, parseTimeline } from '@caliper/response';
import { log, printJson } from '../command';
import { formatResponse } from '../response/formatResponse';
import { readTimelineFromSr } from '../response/readTimelineFromSr';

const USAGE = [
  'usage: caliper response <timeline.json> --criteria <name> [--confirm] [--sd-min-days <n>] [--json]',
  '       caliper response --from-sr <sr files...> --criteria <name> [--confirm] [--sd-min-days <n>] [--json]',
  `criteria: ${CRITERIA.join(', ')}`,
].join('\n');

interface Args {
  files: string[];
  fromSr: boolean;
  criteria: CriteriaName;
  confirm: boolean;
  sdMinDays?: number;
  json: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let criteria: string | undefined;
  let confirm = false;
  let sdMinDays: number | undefined;
  let json = false;
  let fromSr = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--confirm') confirm = true;
    else if (a === '--from-sr') fromSr = true;
    else if (a === '--criteria' || a.startsWith('--criteria=')) {
      criteria = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (criteria === undefined || criteria === '') throw new UsageError('--criteria needs a value');
    } else if (a === '--sd-min-days' || a.startsWith('--sd-min-days=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) throw new UsageError(`--sd-min-days needs a whole number of days (got ${v === undefined ? 'nothing' : JSON.stringify(v)})`);
      sdMinDays = Number(v);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (criteria === undefined) throw new UsageError('missing --criteria <name>');
  if (!(CRITERIA as readonly string[]).includes(criteria)) throw new UsageError(`unknown --criteria value '${criteria}' (one of ${CRITERIA.join(', ')})`);
  const c = criteria as CriteriaName;
  if (PET_CRITERIA.includes(c) && confirm) throw new UsageError(`--confirm applies to anatomic criteria only, not ${c}`);
  if (PET_CRITERIA.includes(c) && sdMinDays !== undefined) throw new UsageError(`--sd-min-days applies to anatomic criteria only, not ${c}`);
  if (files.length === 0) throw new UsageError(fromSr ? 'no SR file given' : 'no timeline file given');
  if (!fromSr && files.length > 1) throw new UsageError(`one timeline file expected, got ${files.length}: ${files.join(' ')}`);
  return { files, fromSr, criteria: c, confirm, sdMinDays, json };
}

/**
 * `caliper response <timeline.json> --criteria <name> [--confirm] [--sd-min-days <n>] --json`:
 * applies a response criterion to a patient's timeline (docs/cli.md, docs/response-criteria.md).
 * Exit 0 assessed; 1 invalid timeline ({"error"} naming date and lesion); 2 bad usage.
 */
export async function run(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    log(`caliper response: ${e.message}\n${USAGE}`);
    if (argv.includes('--json')) printJson({ error: e.message });
    return 2;
  }
  const fail = (message: string, code: number): number => {
    log(`caliper response: ${message}`);
    if (args.json) printJson({ error: message });
    return code;
  };
  let json: unknown;
  if (args.fromSr) {
    const r = await readTimelineFromSr(args.files);
    if (!r.ok) return fail(r.error, r.usage ? 2 : 1);
    json = r.timeline;
  } else {
    const file = args.files[0];
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`, 2);
    }
    try {
      json = JSON.parse(text);
    } catch (e) {
      return fail(`invalid timeline ${file}: not JSON (${(e as Error).message})`, 1);
    }
  }
  let result: ResponseResult;
  try {
    const timeline = parseTimeline(json);
    result = assessResponse(timeline, args.criteria, { confirm: args.confirm, ...(args.sdMinDays !== undefined ? { sdMinDays: args.sdMinDays } : {}) });
  } catch (e) {
    if (e instanceof TimelineError) return fail(e.message, 1);
    throw e;
  }
  if (args.json) printJson(result);
  else process.stdout.write(formatResponse(result));
  return 0;
}
