import { dayNumber } from './arith/dates';
import type { LesionRole, LesionStatus, Timeline, TimelineLesion, Timepoint } from './types';
import { LESION_STATUSES, TimelineError } from './types';

const ROLES: readonly LesionRole[] = ['target', 'non-target', 'new'];

/** Statuses allowed per role (contract table: `too-small-to-measure` is for targets only, …). */
const ALLOWED: Record<LesionRole, readonly LesionStatus[]> = {
  target: ['measured', 'absent', 'too-small-to-measure', 'not-evaluable'],
  'non-target': ['measured', 'absent', 'present', 'unequivocal-progression', 'not-evaluable'],
  new: ['measured', 'absent', 'present', 'unequivocal-progression', 'not-evaluable'],
};

const NUMBER_FIELDS = ['longMm', 'shortMm', 'viableLongMm', 'meanHu', 'volumeMl', 'sulPeak', 'suvMax', 'deauville'] as const;
const TIMEPOINT_NUMBERS = ['liverSulMean', 'liverSulSd', 'mediastinumSuvMax', 'psmaTvMl', 'wholeBodyDeauville', 'wholeBodySulPeak'] as const;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Where an error is: "timepoint 2025-03-03 (#2), lesion T1". */
export function at(date: string, index: number, lesionId?: string): string {
  return `timepoint ${date} (#${index + 1})${lesionId !== undefined ? `, lesion ${lesionId}` : ''}`;
}

/**
 * Checks untrusted JSON into a Timeline, criterion-independent rules only: dates strictly
 * increasing, ids unique per timepoint, roles and statuses valid for each other, targets and
 * non-targets chosen at baseline only, every baseline lesion listed at each follow-up, role /
 * organ / nodal fixed per lesion. Values may still be missing here (each criterion needs its own;
 * see requireFields). Throws TimelineError naming the timepoint (date) and lesion at fault.
 */
export function parseTimeline(json: unknown): Timeline {
  if (!isObject(json)) throw new TimelineError('invalid timeline: expected a JSON object with "timepoints"');
  const raw = json.timepoints;
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) throw new TimelineError('no baseline: the timeline has no timepoints');
  if (!Array.isArray(raw)) throw new TimelineError('invalid timeline: "timepoints" must be an array');

  const timepoints: Timepoint[] = [];
  const firstSeen = new Map<string, { lesion: TimelineLesion; date: string }>();
  let previousDay = -Infinity;
  let previousDate = '';
  raw.forEach((tpRaw, i) => {
    if (!isObject(tpRaw)) throw new TimelineError(`timepoint #${i + 1}: expected an object`);
    const date = tpRaw.date;
    if (typeof date !== 'string' || dayNumber(date) === null) {
      throw new TimelineError(`timepoint #${i + 1}: invalid date ${JSON.stringify(date)} (expected YYYY-MM-DD)`);
    }
    const day = dayNumber(date) as number;
    if (day <= previousDay) throw new TimelineError(`${at(date, i)}: dates not increasing (${date} is not after ${previousDate})`);
    previousDay = day;
    previousDate = date;
    for (const key of TIMEPOINT_NUMBERS) {
      const v = tpRaw[key];
      if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw new TimelineError(`${at(date, i)}: ${key} is not a number`);
      }
    }
    if (tpRaw.tracer !== undefined && tpRaw.tracer !== null && typeof tpRaw.tracer !== 'string') throw new TimelineError(`${at(date, i)}: tracer must be a string`);
    if (!Array.isArray(tpRaw.lesions)) throw new TimelineError(`${at(date, i)}: "lesions" must be an array`);
    const lesions = tpRaw.lesions.map((l, j) => parseLesion(l, date, i, j));
    const ids = new Set<string>();
    for (const l of lesions) {
      if (ids.has(l.id)) throw new TimelineError(`${at(date, i, l.id)}: duplicate id`);
      ids.add(l.id);
      const first = firstSeen.get(l.id);
      if (!first) {
        if (i === 0 && l.role === 'new') throw new TimelineError(`${at(date, i, l.id)}: a "new" lesion at baseline (new lesions appear at follow-ups only)`);
        if (i > 0 && l.role !== 'new') throw new TimelineError(`${at(date, i, l.id)}: ${l.role} lesion first listed after baseline (targets and non-targets are chosen at baseline)`);
        firstSeen.set(l.id, { lesion: l, date });
      } else {
        const f = first.lesion;
        if (f.role !== l.role) throw new TimelineError(`${at(date, i, l.id)}: role changed from ${f.role} (${first.date}) to ${l.role}`);
        if ((f.organ ?? null) !== (l.organ ?? null)) throw new TimelineError(`${at(date, i, l.id)}: organ changed from ${f.organ ?? 'none'} (${first.date}) to ${l.organ ?? 'none'}`);
        if (Boolean(f.nodal) !== Boolean(l.nodal)) throw new TimelineError(`${at(date, i, l.id)}: nodal changed from ${Boolean(f.nodal)} (${first.date}) to ${Boolean(l.nodal)}`);
      }
    }
    if (i > 0) {
      for (const [id, f] of firstSeen) {
        if (!ids.has(id)) {
          const what = f.lesion.role === 'new' ? `new lesion first seen ${f.date}` : `baseline ${f.lesion.role} lesion`;
          throw new TimelineError(`${at(date, i, id)}: ${what} missing (every lesion stays listed; use "absent" or "not-evaluable")`);
        }
      }
    }
    const tp: Timepoint = { date, lesions };
    for (const key of TIMEPOINT_NUMBERS) if (typeof tpRaw[key] === 'number') tp[key] = tpRaw[key] as number;
    if (typeof tpRaw.tracer === 'string') tp.tracer = tpRaw.tracer;
    timepoints.push(tp);
  });
  return { timepoints };
}

function parseLesion(raw: unknown, date: string, i: number, j: number): TimelineLesion {
  if (!isObject(raw)) throw new TimelineError(`${at(date, i)}: lesion #${j + 1} is not an object`);
  const id = raw.id;
  if (typeof id !== 'string' || id.length === 0) throw new TimelineError(`${at(date, i)}: lesion #${j + 1} has no id`);
  const role = raw.role as LesionRole;
  if (!ROLES.includes(role)) throw new TimelineError(`${at(date, i, id)}: unknown role ${JSON.stringify(raw.role)} (target, non-target or new)`);
  const status = raw.status as LesionStatus;
  if (!LESION_STATUSES.includes(status)) throw new TimelineError(`${at(date, i, id)}: unknown status ${JSON.stringify(raw.status)}`);
  if (!ALLOWED[role].includes(status)) throw new TimelineError(`${at(date, i, id)}: status ${status} is not allowed for a ${role} lesion`);
  if (raw.organ !== undefined && raw.organ !== null && typeof raw.organ !== 'string') throw new TimelineError(`${at(date, i, id)}: organ must be a string`);
  if (raw.nodal !== undefined && typeof raw.nodal !== 'boolean') throw new TimelineError(`${at(date, i, id)}: nodal must be true or false`);
  if (raw.increased !== undefined && typeof raw.increased !== 'boolean') throw new TimelineError(`${at(date, i, id)}: increased must be true or false`);
  const lesion: TimelineLesion = { id, role, status, nodal: raw.nodal === true };
  if (typeof raw.organ === 'string') lesion.organ = raw.organ;
  if (raw.increased === true) lesion.increased = true;
  for (const key of NUMBER_FIELDS) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    // Kept as given; requireFields reports a non-number only where the criterion needs the field.
    (lesion as unknown as Record<string, unknown>)[key] = v;
  }
  return lesion;
}
