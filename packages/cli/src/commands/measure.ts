import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureRoi, roiToMask, validateRoiSpec } from '@caliper/engine';
import type { SuvOverrides } from '@caliper/dicom';
import { log, printJson } from '../command';
import type { CommandHooks } from '../command';
import { loadVolume } from '../roi/loadVolume';
import { resolveMaskFile } from '../roi/resolveMaskFile';
import { prepareRoiMaskFile } from '../roi/maskFileBytes';

const USAGE = [
  'usage: caliper measure <series-path...> --roi <roi.json> [--json]',
  '       [--weight-kg <kg>] [--dose-bq <Bq>] [--injection <YYYYMMDDHHMMSS|ISO>]   PET SUV overrides',
  '       [--suv bw|sul|bsa]   PET unit: SUVbw (default), SUL (Janmahasatian LBM), SUVbsa (need PatientSize)',
].join('\n');

/**
 * `caliper measure`: ROI statistics, RECIST, shape, SUV (PET) or ADC (diffusion input) of one
 * series. With --json exactly one JSON document on stdout — the measurement, or {"error": "..."}.
 * Exit 0 on success, 1 when the input cannot be measured (including an ROI that holds no voxel
 * centre), 2 on bad usage. Never throws.
 */
export async function run(argv: string[], hooks: CommandHooks = {}): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { roi: { type: 'string' }, json: { type: 'boolean' }, 'weight-kg': { type: 'string' }, 'dose-bq': { type: 'string' }, injection: { type: 'string' }, suv: { type: 'string' } },
    });
  } catch (e) {
    log(`caliper measure: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals } = args;
  const json = o.json === true;
  const fail = (error: string, code = 1, details: Record<string, unknown> = {}): number => {
    if (json) printJson({ error, ...details });
    log(`caliper measure: ${error}`);
    return code;
  };
  if (positionals.length === 0 || !o.roi) {
    log(USAGE);
    return json ? fail('give <series-path...> and --roi <roi.json>', 2) : 2;
  }
  const overrides: { -readonly [K in keyof SuvOverrides]: SuvOverrides[K] } = {};
  for (const [k, key] of [['weight-kg', 'patientWeightKg'], ['dose-bq', 'radionuclideTotalDoseBq']] as const) {
    if (o[k] === undefined) continue;
    const v = Number(o[k]);
    if (!(v > 0)) return fail(`--${k} must be a positive number`, 2);
    overrides[key] = v;
  }
  if (o.injection) overrides.injectionDateTime = o.injection;
  const suvTypes = { bw: 'SUVbw', sul: 'SUL', bsa: 'SUVbsa' } as const;
  const suvKey = (o.suv ?? 'bw').toLowerCase();
  if (!(suvKey in suvTypes)) return fail('--suv must be bw, sul or bsa', 2);
  const suvType = suvTypes[suvKey as keyof typeof suvTypes];

  let spec;
  try {
    const parsed = validateRoiSpec(JSON.parse(readFileSync(o.roi, 'utf8')));
    if (!parsed.ok) return fail(`${o.roi}: ${parsed.error}`);
    spec = parsed.value;
  } catch (e) {
    return fail(`cannot read ROI file ${o.roi}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const loaded = await loadVolume(positionals, overrides, suvType);
    if (!loaded.ok) return fail(loaded.error.reason, 1, loaded.error.series ? { series: loaded.error.series } : {});
    const { volume } = loaded.value;
    for (const s of loaded.value.skipped) log(`skipped ${s.file}: ${s.reason}`);
    for (const n of loaded.value.notes) log(`note: ${n}`);
    const baseDir = path.dirname(path.resolve(o.roi));
    const prepared = await prepareRoiMaskFile(spec, baseDir);
    if (prepared) return fail(prepared);
    const mask = roiToMask(volume, spec, (m) => resolveMaskFile(m, volume.geometry, baseDir));
    if (!mask.ok) return fail(mask.error);
    const result = measureRoi(volume, mask.value, {
      series: loaded.value.seriesLabel,
      ...(loaded.value.suvError !== undefined ? { suvError: loaded.value.suvError } : {}),
      ...(loaded.value.adc ? { adc: loaded.value.adc } : {}),
    });
    // All statistics would be null: say why instead of reporting an empty measurement.
    if (result.voxelCount === 0) return fail(`ROI is empty: no voxel centre of ${loaded.value.seriesLabel} lies inside it`);
    hooks.onMeasured?.({ volume, mask: mask.value, instances: loaded.value.instances ?? null, measure: result });
    if (json) printJson(result);
    else process.stdout.write(formatText(result));
    return 0;
  } catch (e) {
    return fail(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function formatText(r: ReturnType<typeof measureRoi>): string {
  const f = (x: number | null, d = 2) => (x === null ? '-' : x.toFixed(d));
  const lines = [
    `series    ${r.series ?? '-'} (${r.modality ?? '?'})`,
    `voxels    ${r.voxelCount}   volume ${f(r.volumeMl, 3)} mL`,
    `${r.unit.padEnd(9)} mean ${f(r.mean, 3)}  sd ${f(r.sd, 3)}  min ${f(r.min, 3)}  median ${f(r.median, 3)}  max ${f(r.max, 3)}  p10 ${f(r.p10, 3)}  p90 ${f(r.p90, 3)}`,
    r.recist ? `RECIST    long ${f(r.recist.longMm, 1)} mm  short ${f(r.recist.shortMm, 1)} mm  (slice ${r.recist.sliceIndex})` : 'RECIST    -',
    `shape     max 3D diameter ${f(r.maxDiameter3dMm, 1)} mm  surface ${f(r.surfaceMm2, 1)} mm2  sphericity ${f(r.sphericity, 3)}`,
  ];
  if (r.suv) lines.push(`SUV       ${r.suv.type} max ${f(r.suv.max, 3)}  mean ${f(r.suv.mean, 3)}  peak ${f(r.suv.peak, 3)}  MTV ${f(r.suv.mtvMl, 2)} mL  TLG ${f(r.suv.tlg, 2)}`);
  if (r.suvError) lines.push(`SUV       not computed: ${r.suvError}`);
  if (r.adc) lines.push(`ADC       ${r.adc.fit}`);
  return lines.join('\n') + '\n';
}
