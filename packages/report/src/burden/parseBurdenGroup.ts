import type { NaturalDataset } from 'dcmjs';
import type { BurdenMethod } from '@caliper/engine/burden/types';
import type { Code } from '../dicom/codes';
import { CODES, sameCode } from '../dicom/codes';
import type { Lesion } from '../model/schema';
import type { GroupContext } from '../sr/parseGroup';
import { parseGroup } from '../sr/parseGroup';
import type { Skip } from '../sr/parseMeasurement';
import { children, codeOf, isConcept, num, seq, str, valueType } from '../sr/readContent';
import { BURDEN_CODES, BURDEN_METHOD_CODES, BURDEN_TOTALS_LABEL, DEAUVILLE_CODES, MIPSMA_CODES } from './burdenCodes';

/** One whole-body lesion read back from an SR (values in SUVbw, mL; the mask stays in the SEG). */
export interface SrBurdenLesion {
  /** The panel's lesion id, from the Tracking Identifier "Whole-body lesion <id>". */
  readonly id: number;
  readonly trackingUid: string;
  readonly lesion: Lesion;
  readonly volumeMl?: number;
  readonly suvMax?: number;
  readonly suvPeak?: number;
  readonly suvMean?: number;
  readonly tlg?: number;
  readonly deauville?: 1 | 2 | 3 | 4 | 5;
  readonly mipsma?: 0 | 1 | 2 | 3;
}

export interface SrBurdenTotals {
  readonly trackingUid?: string;
  readonly tmtvMl?: number;
  readonly tlg?: number;
  readonly lesionCount?: number;
  readonly dmaxMm?: number;
  readonly sdmaxPerM?: number;
  readonly thresholdSuv?: number;
  readonly minVolumeMl?: number;
}

/** The whole-body burden groups of an SR (buildBurdenGroups). */
export interface SrBurden {
  readonly method: BurdenMethod;
  readonly lesions: SrBurdenLesion[];
  readonly totals?: SrBurdenTotals;
}

const codeValue = (item: NaturalDataset): Code | undefined => codeOf(item.ConceptCodeSequence);

/** The burden method of a measurement group (its Measurement Method is one of Caliper's whole-body methods), else undefined. */
export function burdenMethodOf(group: NaturalDataset): BurdenMethod | undefined {
  for (const item of children(group)) {
    if (valueType(item) !== 'CODE' || !isConcept(item, BURDEN_CODES.measurementMethod)) continue;
    const v = codeValue(item);
    const hit = v === undefined ? undefined : (Object.entries(BURDEN_METHOD_CODES) as [BurdenMethod, Code][]).find(([, c]) => sameCode(c, v));
    if (hit !== undefined) return hit[0];
  }
  return undefined;
}

const numOf = (group: NaturalDataset, concept: Code): number | undefined => {
  const item = children(group).find((i) => valueType(i) === 'NUM' && isConcept(i, concept));
  const mv = item === undefined ? undefined : seq(item.MeasuredValueSequence)[0];
  return mv === undefined ? undefined : num(mv.FloatingPointValue) ?? num(mv.NumericValue);
};

/**
 * Reads one burden group into `into` (creating it with the group's method): the totals group, or a
 * lesion group parsed as a lesion (its Measurement Method and score items taken out first, so the
 * lesion reader does not report them as unknown) with its confirmed scores.
 */
export function readBurdenGroup(group: NaturalDataset, method: BurdenMethod, path: string, ctx: GroupContext, into: { burden?: SrBurden }, skipped: Skip[], notes: Skip[]): void {
  const b = (into.burden ??= { method, lesions: [] });
  if (b.method !== method) skipped.push({ path, reason: `whole-body group of method ${method} in an SR whose burden is ${b.method}: read as ${b.method}'s` });
  const items = children(group);
  const label = str(items.find((i) => valueType(i) === 'TEXT' && isConcept(i, CODES.trackingIdentifier))?.TextValue);
  const uid = str(items.find((i) => valueType(i) === 'UIDREF' && isConcept(i, CODES.trackingUid))?.UID);
  if (label === BURDEN_TOTALS_LABEL) {
    const opt = (k: string, v: number | string | undefined) => (v === undefined ? {} : { [k]: v });
    (into.burden as { totals?: SrBurdenTotals }).totals = {
      ...opt('trackingUid', uid), ...opt('tmtvMl', numOf(group, BURDEN_CODES.totalMtv)), ...opt('tlg', numOf(group, BURDEN_CODES.totalTlg)),
      ...opt('lesionCount', numOf(group, BURDEN_CODES.lesionCount)), ...opt('dmaxMm', numOf(group, BURDEN_CODES.dmax)), ...opt('sdmaxPerM', numOf(group, BURDEN_CODES.sdmax)),
      ...opt('thresholdSuv', numOf(group, BURDEN_CODES.threshold)), ...opt('minVolumeMl', numOf(group, BURDEN_CODES.minVolume)),
    } as SrBurdenTotals;
    return;
  }
  const id = /^Whole-body lesion ([1-9][0-9]*)$/.exec(label ?? '');
  if (id === null) return void skipped.push({ path, reason: `whole-body group with an unknown Tracking Identifier (${label ?? 'none'})` });
  const scoreOf = (concept: Code, codes: readonly Code[]): number | undefined => {
    const item = items.find((i) => valueType(i) === 'CODE' && isConcept(i, concept));
    const v = item === undefined ? undefined : codeValue(item);
    const x = v === undefined ? -1 : codes.findIndex((c) => sameCode(c, v));
    return x < 0 ? undefined : x;
  };
  const deauville = scoreOf(BURDEN_CODES.deauvilleScore, DEAUVILLE_CODES);
  const mipsma = scoreOf(BURDEN_CODES.mipsmaScore, MIPSMA_CODES);
  const own = (i: NaturalDataset) => valueType(i) === 'CODE' && (isConcept(i, BURDEN_CODES.measurementMethod) || isConcept(i, BURDEN_CODES.deauvilleScore) || isConcept(i, BURDEN_CODES.mipsmaScore));
  const lesion = parseGroup({ ...group, ContentSequence: items.filter((i) => !own(i)) }, path, ctx, skipped, notes);
  if (lesion === undefined) return;
  const value = (name: string) => lesion.measurements.find((m) => m.name === name)?.value;
  const opt = (k: string, v: number | undefined) => (v === undefined ? {} : { [k]: v });
  b.lesions.push({
    id: Number(id[1]), trackingUid: lesion.trackingUid, lesion,
    ...opt('volumeMl', value('MTV')), ...opt('suvMax', value('SUVmax')), ...opt('suvPeak', value('SUVpeak')), ...opt('suvMean', value('SUVmean')), ...opt('tlg', value('TLG')),
    ...opt('deauville', deauville === undefined ? undefined : deauville + 1), ...opt('mipsma', mipsma),
  } as SrBurdenLesion);
}
