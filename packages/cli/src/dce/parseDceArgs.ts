import { parseArgs } from 'node:util';
import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { KineticModel, PopulationAifType } from '@caliper/engine';

export const DCE_USAGE = [
  'usage: caliper dce <series-path...> (--t10 <ms> | --vfa <path>...) [--t10-blood <ms>] [--r1 <per mM·s>] [--hematocrit <h>]',
  '       [--aif parker|weinmann|roi:<roi.json>] [--bolus-arrival <s>] [--model tofts|etofts|patlak|2cxm]',
  '       (--roi <roi.json>... | --out <dir>) [--json]',
  '       caliper dce --curves <curves.csv> [--model tofts|etofts|patlak|2cxm] [--json]',
].join('\n');

export type AifChoice = { readonly type: PopulationAifType } | { readonly type: 'roi'; readonly roiPath: string };

export interface DceArgs {
  readonly json: boolean;
  readonly model: KineticModel;
  /** --curves mode. */
  readonly curves?: string;
  readonly seriesPaths: readonly string[];
  readonly t10Ms?: number;
  readonly vfaPaths: readonly string[];
  readonly t10BloodMs?: number;
  readonly r1PerMmS: number;
  readonly hematocrit: number;
  readonly aif: AifChoice;
  readonly bolusArrivalS?: number;
  readonly rois: readonly string[];
  readonly out?: string;
}

/** A usage error (exit 2) and whether --json was asked (so the error goes out as JSON too). */
export interface DceUsageError {
  readonly message: string;
  readonly json: boolean;
}

const MODELS: readonly KineticModel[] = ['tofts', 'etofts', 'patlak', '2cxm'];

/**
 * Parses and validates `caliper dce` arguments. Exit-2 cases of the contract: neither --roi nor
 * --out, both --t10 and --vfa, an unknown model or AIF, a non-number (and unknown options, no
 * series). A missing T10 is not a usage error (the command exits 1 with "T10 unknown").
 */
export function parseDceArgs(argv: string[]): Result<DceArgs, DceUsageError> {
  const json = argv.includes('--json');
  const bad = (message: string) => err<DceUsageError>({ message, json });
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' }, curves: { type: 'string' }, model: { type: 'string' }, t10: { type: 'string' },
        vfa: { type: 'string', multiple: true }, 't10-blood': { type: 'string' }, r1: { type: 'string' }, hematocrit: { type: 'string' },
        aif: { type: 'string' }, 'bolus-arrival': { type: 'string' }, roi: { type: 'string', multiple: true }, out: { type: 'string' },
      },
    });
  } catch (e) {
    return bad(e instanceof Error ? e.message : String(e));
  }
  const o = parsed.values;
  const model = (o.model ?? 'tofts') as KineticModel;
  if (!MODELS.includes(model)) return bad(`unknown model '${o.model}': use tofts, etofts, patlak or 2cxm`);
  const number = (name: string, v: string | undefined, check: (x: number) => boolean, what: string): Result<number | undefined, DceUsageError> => {
    if (v === undefined) return ok(undefined);
    const x = v.trim() === '' ? NaN : Number(v);
    if (!Number.isFinite(x)) return bad(`--${name} must be a number (got '${v}')`);
    if (!check(x)) return bad(`--${name} must be ${what} (got ${v})`);
    return ok(x);
  };
  if (o.curves !== undefined) return ok({ json, model, curves: o.curves, seriesPaths: [], vfaPaths: [], r1PerMmS: 4.5, hematocrit: 0.42, aif: { type: 'parker' }, rois: [] });
  if (parsed.positionals.length === 0) return bad('give the dynamic series (<series-path...>) or --curves <curves.csv>');
  const t10 = number('t10', o.t10, (x) => x > 0, 'a positive number of ms');
  const t10Blood = number('t10-blood', o['t10-blood'], (x) => x > 0, 'a positive number of ms');
  const r1 = number('r1', o.r1, (x) => x > 0, 'positive');
  const hct = number('hematocrit', o.hematocrit, (x) => x >= 0 && x < 1, 'in [0, 1)');
  const bat = number('bolus-arrival', o['bolus-arrival'], () => true, 'a number');
  for (const r of [t10, t10Blood, r1, hct, bat]) if (!r.ok) return r;
  const vfa = o.vfa ?? [];
  if (t10.ok && t10.value !== undefined && vfa.length) return bad('give either --t10 or --vfa, not both');
  const rois = o.roi ?? [];
  if (rois.length === 0 && !o.out) return bad('give --roi <roi.json> (repeatable) and/or --out <dir>');
  if (model === '2cxm' && o.out) return bad('--model 2cxm fits ROIs and --curves only (no whole-volume maps): use --roi');
  let aif: AifChoice;
  const a = o.aif ?? 'parker';
  if (a === 'parker' || a === 'weinmann') aif = { type: a };
  else if (a.startsWith('roi:') && a.length > 4) aif = { type: 'roi', roiPath: a.slice(4) };
  else return bad(`unknown AIF '${a}': use parker, weinmann or roi:<roi.json>`);
  return ok({
    json, model, seriesPaths: parsed.positionals, vfaPaths: vfa, rois, aif,
    ...(t10.ok && t10.value !== undefined ? { t10Ms: t10.value } : {}),
    ...(t10Blood.ok && t10Blood.value !== undefined ? { t10BloodMs: t10Blood.value } : {}),
    r1PerMmS: (r1.ok && r1.value) || 4.5,
    hematocrit: hct.ok && hct.value !== undefined ? hct.value : 0.42,
    ...(bat.ok && bat.value !== undefined ? { bolusArrivalS: bat.value } : {}),
    ...(o.out ? { out: o.out } : {}),
  });
}
