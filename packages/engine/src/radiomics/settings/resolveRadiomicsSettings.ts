import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { RADIOMICS_PRESETS } from './radiomicsSettings';
import type { DiscretisationSettings, InterpolationSettings, IvhSettings, RadiomicsSettings, ResegmentationSettings } from './radiomicsSettings';

type Json = Record<string, unknown>;

/** A rejected setting: the JSON path and why, e.g. `discretisation.method must be FBN or FBS`. */
class SettingError extends Error {}

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function fail(path: string, why: string): never {
  throw new SettingError(`${path} ${why}`);
}

function only(o: Json, path: string, keys: readonly string[]): void {
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(path ? `${path}.${k}` : k, `is not a setting (expected ${keys.join(', ')})`);
}

function positive(x: unknown, path: string, integer = false): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0 || (integer && !Number.isInteger(x))) fail(path, `must be a positive ${integer ? 'integer' : 'number'}`);
  return x;
}

function numberOrNull(x: unknown, path: string): number | null {
  if (x === null) return null;
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(path, 'must be a number or null');
  return x;
}

function oneOf<T extends string>(x: unknown, path: string, values: readonly T[]): T {
  if (typeof x !== 'string' || !values.includes(x as T)) fail(path, `must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`);
  return x as T;
}

function interpolation(x: unknown): InterpolationSettings | null {
  if (x === null) return null;
  if (!isObject(x)) fail('interpolation', 'must be null or an object');
  only(x, 'interpolation', ['spacingMm', 'method', 'roundIntensities', 'maskMethod', 'maskThreshold']);
  const s = x.spacingMm;
  if (!Array.isArray(s) || s.length !== 3) fail('interpolation.spacingMm', 'must be [row, column, slice|null] in mm');
  const spacingMm: [number, number, number | null] = [
    positive(s[0], 'interpolation.spacingMm[0]'),
    positive(s[1], 'interpolation.spacingMm[1]'),
    s[2] === null ? null : positive(s[2], 'interpolation.spacingMm[2]'),
  ];
  const threshold = x.maskThreshold ?? 0.5;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) fail('interpolation.maskThreshold', 'must be a number in (0, 1]');
  if (x.roundIntensities !== undefined && typeof x.roundIntensities !== 'boolean') fail('interpolation.roundIntensities', 'must be true or false');
  return {
    spacingMm,
    method: oneOf(x.method ?? 'linear', 'interpolation.method', ['nearest', 'linear', 'cubic']),
    roundIntensities: x.roundIntensities === true,
    maskMethod: oneOf(x.maskMethod ?? 'linear', 'interpolation.maskMethod', ['nearest', 'linear']),
    maskThreshold: threshold,
  };
}

function resegmentation(x: unknown): ResegmentationSettings {
  const a = RADIOMICS_PRESETS.A.resegmentation;
  if (x === undefined) return a;
  if (!isObject(x)) fail('resegmentation', 'must be an object');
  only(x, 'resegmentation', ['range', 'outlierSigma']);
  let range = a.range;
  if (x.range === null) range = [null, null];
  else if (x.range !== undefined) {
    if (!Array.isArray(x.range) || x.range.length !== 2) fail('resegmentation.range', 'must be [lower|null, upper|null]');
    range = [numberOrNull(x.range[0], 'resegmentation.range[0]'), numberOrNull(x.range[1], 'resegmentation.range[1]')];
    if (range[0] !== null && range[1] !== null && range[0] > range[1]) fail('resegmentation.range', 'must have lower ≤ upper');
  }
  const outlierSigma = x.outlierSigma === undefined ? a.outlierSigma : x.outlierSigma === null ? null : positive(x.outlierSigma, 'resegmentation.outlierSigma');
  return { range, outlierSigma };
}

function discretisation(x: unknown, range: ResegmentationSettings['range']): DiscretisationSettings {
  if (x === undefined) return RADIOMICS_PRESETS.A.discretisation;
  if (!isObject(x)) fail('discretisation', 'must be an object');
  const method = oneOf(x.method, 'discretisation.method', ['FBN', 'FBS']);
  if (method === 'FBN') {
    only(x, 'discretisation', ['method', 'bins']);
    return { method, bins: positive(x.bins, 'discretisation.bins', true) };
  }
  only(x, 'discretisation', ['method', 'binWidth', 'lowerBound']);
  const binWidth = x.binWidth === undefined ? 25 : positive(x.binWidth, 'discretisation.binWidth');
  const lowerBound = x.lowerBound === undefined ? range[0] : numberOrNull(x.lowerBound, 'discretisation.lowerBound');
  return { method, binWidth, lowerBound };
}

function ivh(x: unknown): IvhSettings {
  if (x === undefined) return RADIOMICS_PRESETS.A.ivh;
  if (!isObject(x)) fail('ivh', 'must be an object');
  const method = oneOf(x.method, 'ivh.method', ['none', 'FBS', 'FBN']);
  if (method === 'none') {
    only(x, 'ivh', ['method']);
    return { method };
  }
  if (method === 'FBS') {
    only(x, 'ivh', ['method', 'binWidth']);
    return { method, binWidth: positive(x.binWidth, 'ivh.binWidth') };
  }
  only(x, 'ivh', ['method', 'bins']);
  return { method, bins: positive(x.bins, 'ivh.bins', true) };
}

/**
 * Settings from a parsed settings file (the schema of `RadiomicsSettings`; every key optional,
 * defaults = preset A's). FBS `lowerBound` defaults to the re-segmentation range's lower bound
 * (null = the ROI minimum). Errors read `invalid settings: <json path> <why>`.
 */
export function resolveRadiomicsSettings(json: unknown, defaultName: string): Result<RadiomicsSettings, string> {
  try {
    if (!isObject(json)) fail('(root)', 'must be a JSON object');
    only(json, '', ['name', 'approach', 'interpolation', 'resegmentation', 'discretisation', 'ivh']);
    if (json.name !== undefined && (typeof json.name !== 'string' || json.name === '')) fail('name', 'must be a non-empty string');
    const reseg = resegmentation(json.resegmentation);
    return ok({
      name: (json.name as string | undefined) ?? defaultName,
      approach: json.approach === undefined ? RADIOMICS_PRESETS.A.approach : oneOf(json.approach, 'approach', ['2D', '3D']),
      interpolation: json.interpolation === undefined ? RADIOMICS_PRESETS.A.interpolation : interpolation(json.interpolation),
      resegmentation: reseg,
      discretisation: discretisation(json.discretisation, reseg.range),
      ivh: ivh(json.ivh),
    });
  } catch (e) {
    if (e instanceof SettingError) return err(`invalid settings: ${e.message}`);
    throw e;
  }
}
