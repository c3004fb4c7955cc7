import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PERTURBATIONS, RADIOMICS_PRESETS, computeRadiomics, describeRadiomicsError, perturbRadiomics, resolveRadiomicsSettings, roiToMask, validateRoiSpec } from '@caliper/engine';
import type { Mask, Volume } from '@caliper/core';
import type { Perturbation, RadiomicsResult, RadiomicsSettings, RobustnessResult, RoiSpec } from '@caliper/engine';
import { log, printJson } from '../command';
import type { CommandHooks } from '../command';
import { loadVolume } from '../roi/loadVolume';
import { resolveMaskFile } from '../roi/resolveMaskFile';
import { prepareRoiMaskFile } from '../roi/maskFileBytes';
import { formatRadiomicsCsv, formatRadiomicsText } from '../radiomics/formatRadiomics';
import { robustnessDocument } from '../radiomics/robustnessDocument';

const USAGE = [
  'usage: caliper radiomics <series-path...> --roi <roi.json|mask> --config <A|B|C|D|E|settings.json> [--json | --csv]',
  '       --roi     an ROI spec as for `measure`, or a mask file: NIfTI (.nii, .nii.gz), DICOM SEG (one segment), RTSTRUCT (one ROI)',
  '       --config  IBSI-1 CT phantom configuration A–E, or a settings file (docs/radiomics.md)',
  '       [--perturb [--seed n] [--noise-sd σ] [--cohort <roi>]...]  robustness: features under ROI erosion/dilation by one',
  '                 voxel, a ½-voxel in-plane translation and added noise; CV, ICC(1,1) (with --cohort ROIs), unstable flag',
].join('\n');

type Config = { ok: true; settings: RadiomicsSettings } | { ok: false; error: string };

/** Preset letter or settings file → settings (errors as the contract phrases them). */
function readConfig(arg: string): Config {
  const preset = (RADIOMICS_PRESETS as Record<string, RadiomicsSettings>)[arg.toUpperCase()];
  if (preset && arg.length === 1) return { ok: true, settings: preset };
  const unknown = `unknown config '${arg}': expected A, B, C, D, E or a settings .json file`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(arg, 'utf8'));
  } catch {
    return { ok: false, error: unknown };
  }
  const r = resolveRadiomicsSettings(json, path.basename(arg).replace(/\.json$/i, ''));
  return r.ok ? { ok: true, settings: r.value } : { ok: false, error: r.error };
}

/** roi.json (or any file holding a JSON object) → its spec; any other file is a mask given directly (NIfTI, SEG, RTSTRUCT). */
function readRoi(arg: string): { ok: true; spec: RoiSpec; baseDir: string } | { ok: false; error: string } {
  if (!existsSync(arg)) return { ok: false, error: `ROI file not found: ${arg}` };
  const baseDir = path.dirname(path.resolve(arg));
  let looksJson: boolean;
  try {
    looksJson = /\.json$/i.test(arg) || readFileSync(arg).subarray(0, 64).toString('latin1').trimStart().startsWith('{');
  } catch (e) {
    return { ok: false, error: `cannot read ROI file ${arg}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!looksJson) return { ok: true, spec: { type: 'mask', path: path.resolve(arg) }, baseDir };
  try {
    const r = validateRoiSpec(JSON.parse(readFileSync(arg, 'utf8')));
    return r.ok ? { ok: true, spec: r.value, baseDir } : { ok: false, error: `${arg}: ${r.error}` };
  } catch (e) {
    return { ok: false, error: `cannot read ROI file ${arg}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

type PerturbOptions = { ok: true; value: { perturbations: readonly Perturbation[]; cohort: readonly string[] } | null } | { ok: false; error: string };

/** --perturb and its modifiers (--seed, --noise-sd, --cohort only with --perturb: usage errors otherwise). */
function readPerturbOptions(o: { perturb?: boolean; seed?: string; 'noise-sd'?: string; cohort?: string[] }): PerturbOptions {
  if (!o.perturb) {
    const stray = (['seed', 'noise-sd', 'cohort'] as const).find((k) => o[k] !== undefined);
    return stray ? { ok: false, error: `--${stray} needs --perturb` } : { ok: true, value: null };
  }
  const seed = o.seed === undefined ? 1 : Number(o.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return { ok: false, error: `--seed must be an integer 0…4294967295, got '${o.seed}'` };
  const sd = o['noise-sd'] === undefined ? null : Number(o['noise-sd']);
  if (sd !== null && !(Number.isFinite(sd) && sd >= 0)) return { ok: false, error: `--noise-sd must be a number ≥ 0 (series unit), got '${o['noise-sd']}'` };
  const perturbations = DEFAULT_PERTURBATIONS.map((p): Perturbation => (p.kind === 'noise' ? { kind: 'noise', seed, sigma: sd } : p));
  return { ok: true, value: { perturbations, cohort: o.cohort ?? [] } };
}

/** A --cohort ROI (spec or mask file, as --roi) on the series. */
function readCohortMask(volume: Volume, arg: string): { ok: true; value: Mask } | { ok: false; error: string } {
  const roi = readRoi(arg);
  if (!roi.ok) return roi;
  const m = roiToMask(volume, roi.spec, (s) => resolveMaskFile(s, volume.geometry, roi.baseDir, { onGrid: true }));
  if (!m.ok) return { ok: false, error: m.error };
  return m.value.bbox ? { ok: true, value: m.value } : { ok: false, error: 'ROI is empty' };
}

/**
 * `caliper radiomics`: every IBSI-1 feature of one ROI on one series under a preset (A–E) or a
 * settings file. --json: exactly one JSON document on stdout ({series, modality, unit, config,
 * roi, features} or {"error"}); --csv: key,family,feature,aggregation,value; neither: a table.
 * --perturb adds the robustness assessment (perturbRadiomics): a `robustness` block in the JSON,
 * columns after `value` in the CSV, a column in the table.
 * Exit 0 success, 1 unusable input, 2 bad usage (missing --roi/--config, unknown option, both
 * --json and --csv). Never throws.
 */
export async function run(argv: string[], hooks: CommandHooks = {}): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: {
      roi: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' },
      perturb: { type: 'boolean' }, seed: { type: 'string' }, 'noise-sd': { type: 'string' }, cohort: { type: 'string', multiple: true },
    } });
  } catch (e) {
    log(`caliper radiomics: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals } = args;
  const json = o.json === true;
  if (json && o.csv) {
    log(`caliper radiomics: give --json or --csv, not both\n${USAGE}`);
    return 2;
  }
  const fail = (error: string, code = 1, details: Record<string, unknown> = {}): number => {
    if (json) printJson({ error, ...details });
    log(`caliper radiomics: ${error}`);
    return code;
  };
  if (positionals.length === 0 || !o.roi || !o.config) {
    log(USAGE);
    return fail(`give <series-path...>, --roi and --config`, 2);
  }
  const perturb = readPerturbOptions(o);
  if (!perturb.ok) {
    log(USAGE);
    return fail(perturb.error, 2);
  }
  const config = readConfig(o.config);
  if (!config.ok) return fail(config.error);
  const roi = readRoi(o.roi);
  if (!roi.ok) return fail(roi.error);
  try {
    const loaded = await loadVolume(positionals);
    if (!loaded.ok) return fail(loaded.error.reason, 1, loaded.error.series ? { series: loaded.error.series } : {});
    const { volume, seriesLabel } = loaded.value;
    for (const s of loaded.value.skipped) log(`skipped ${s.file}: ${s.reason}`);
    for (const n of loaded.value.notes) log(`note: ${n}`);
    if (volume.unit === 'raw') log(`note: ${seriesLabel} has no calibrated unit: features are in raw stored values ("unit": "raw")`);
    const prepared = await prepareRoiMaskFile(roi.spec, roi.baseDir);
    if (prepared) return fail(prepared);
    const mask = roiToMask(volume, roi.spec, (m) => resolveMaskFile(m, volume.geometry, roi.baseDir, { onGrid: true }));
    if (!mask.ok) return fail(mask.error);
    if (!mask.value.bbox) return fail(describeRadiomicsError({ kind: 'empty-roi' }, seriesLabel));
    const settings = config.settings;
    let result: RadiomicsResult, robustness: RobustnessResult | undefined;
    if (perturb.value) {
      const cohort: Mask[] = [];
      for (const arg of perturb.value.cohort) {
        const c = readCohortMask(volume, arg);
        if (!c.ok) return fail(`--cohort ${arg}: ${c.error}`);
        cohort.push(c.value);
      }
      let last = -1;
      const r = await perturbRadiomics(volume, mask.value, settings, {
        perturbations: perturb.value.perturbations, cohort,
        onProgress: (done, total) => {
          const pct = Math.floor((100 * done) / total);
          if (pct >= last + 10) log(`radiomics --perturb: ${(last = pct)}% (${done}/${total} steps)`);
        },
      });
      if (!r.ok) return fail(r.error.kind === 'aborted' ? 'aborted' : describeRadiomicsError(r.error, seriesLabel));
      result = r.value.reference;
      robustness = r.value;
    } else {
      const r = computeRadiomics(volume, mask.value, settings, { onStep: (s) => log(`radiomics: ${s}`) });
      if (!r.ok) return fail(describeRadiomicsError(r.error, seriesLabel));
      result = r.value;
    }
    hooks.onMeasured?.({ volume, mask: mask.value, instances: loaded.value.instances ?? null, radiomics: { result, settings } });
    const doc = { series: seriesLabel, modality: volume.modality ?? null, unit: volume.unit, config: settings, roi: result.roi, features: result.features };
    if (json) printJson(robustness ? { ...doc, robustness: robustnessDocument(robustness) } : doc);
    else process.stdout.write(o.csv ? formatRadiomicsCsv(result.features, result.order, robustness) : formatRadiomicsText(doc, result.order, robustness));
    return 0;
  } catch (e) {
    return fail(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
