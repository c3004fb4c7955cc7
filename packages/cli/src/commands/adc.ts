import { parseArgs } from 'node:util';
import { readNodePaths } from '@caliper/dicom/node';
import { log, printJson } from '../command';
import { loadDiffusion } from '../adc/loadDiffusion';
import { checkOneSeries } from '../input/checkOneSeries';
import { writeAdcSeries } from '../adc/writeAdcSeries';

const USAGE = 'usage: caliper adc <dwi-path...> --out <dir> [--json]';

/**
 * `caliper adc <dwi-path...> --out <dir>`: ADC map (log-linear least squares over all b-values)
 * written as a DICOM MR series in 10^-6 mm2/s. --json prints {out, files, bValues, fit} or {error}.
 * Exit 0 on success, 1 when the input is not usable diffusion data (including input holding
 * other series besides the b-value images of one acquisition), 2 on bad usage.
 */
export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (e) {
    log(`caliper adc: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const json = args.values.json === true;
  const fail = (error: string, code = 1, details: Record<string, unknown> = {}): number => {
    if (json) printJson({ error, ...details });
    log(`caliper adc: ${error}`);
    return code;
  };
  const out = args.values.out;
  if (!out || args.positionals.length === 0) {
    log(USAGE);
    return json ? fail('give <dwi-path...> and --out <dir>', 2) : 2;
  }
  try {
    const loaded = await readNodePaths(args.positionals);
    for (const e of loaded.errors) log(`skipped ${e.file}: ${e.reason}`);
    const one = checkOneSeries(loaded.instances);
    if (!one.ok) return fail(one.error.reason, 1, { series: one.error.series });
    const dwi = await loadDiffusion(loaded.instances);
    if (!dwi.ok) return fail(dwi.error === 'not diffusion' ? 'fewer than two b-values found (standard (0018,9087) or Siemens/GE/Philips private tags)' : dwi.error);
    for (const s of dwi.value.skipped) log(`skipped ${s.file}: ${s.reason}`);
    const files = await writeAdcSeries(dwi.value, out);
    if (json) printJson({ out, files, bValues: dwi.value.bValues, fit: dwi.value.fit, unit: '10^-6 mm2/s' });
    else log(`wrote ${files.length} ADC slices (10^-6 mm2/s, ${dwi.value.fit}) to ${out}`);
    return 0;
  } catch (e) {
    return fail(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
