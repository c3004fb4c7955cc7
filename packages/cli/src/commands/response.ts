import type { CriteriaName, ResponseResult } from '@caliper/response';
import { CRITERIA, PET_CRITERIA, TimelineError, assessResponse, parseTimeline } from '@caliper/response';
import { UsageError, failer, printJson, usageExit } from '../command';
import { formatResponse } from '../response/formatResponse';
import { readTimelineInput } from '../response/readTimelineInput';

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
    return usageExit('response', e, USAGE, argv);
  }
  const fail = failer('response', args.json);
  const input = await readTimelineInput(args.files, args.fromSr);
  if (!input.ok) return fail(input.error, input.code);
  const json = input.json;
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
