import { appStore } from '../../../app/store';
import { planHanging, rankProtocols } from '../model/planHanging';
import { readRemembered, writeRemembered } from '../model/rememberedProtocols';
import { studyKindOf } from '../model/studyContext';
import type { ActiveHanging } from '../hangingSlice';
import type { HangingProtocol } from '../model/schema';
import type { HangingPlan } from '../model/planHanging';
import type { StudyContext } from '../model/studyContext';
import { headerFactsOf, needsHeaderFacts, type HeaderFacts } from '../model/needsHeaderFacts';
import { applyHangingPlan } from './applyHangingPlan';
import { buildStudyContext } from './buildStudyContext';

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

export interface OpenStudyOptions {
  /** A protocol id; default: the one remembered for this kind of study, else the best-ranked. */
  readonly protocol?: string;
  /** Remember the protocol shown for this kind of study. */
  readonly remember?: boolean;
  /**
   * Checked once the hanging is planned, before anything changes on screen: true cancels it
   * (rejects with HangingCancelled), e.g. the reader arranged the screen while it was being planned.
   */
  readonly cancelIf?: () => boolean;
}

/** The hanging was not shown: `cancelIf` said the screen is the reader's now. */
export class HangingCancelled extends Error {}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Opens a study as its hanging protocol arranges it. Requests run one after the other (a second
 * click waits for the first hanging). Rejects when the study is unknown, no protocol fits it, or
 * the asked-for protocol does not fit it (with the reason).
 */
export function openStudy(studyUID: string, opts: OpenStudyOptions = {}): Promise<ActiveHanging> {
  const run = queue.then(() => hang(studyUID, opts));
  queue = run.catch(() => undefined);
  return run;
}

/** The hanging a study gets now (the asked-for, remembered or best protocol) and the others that fit it. */
export interface ChosenHanging {
  readonly protocol: HangingProtocol;
  readonly plan: HangingPlan;
  readonly kind: string;
  readonly candidates: readonly string[];
}

/**
 * Plans a study's hanging without showing it. Rejects when the study is unknown, no protocol fits
 * it, or the asked-for protocol does not fit it (with the reason).
 */
export async function chooseHanging(studyUID: string, opts: OpenStudyOptions = {}): Promise<ChosenHanging> {
  const st = appStore.getState();
  if (!st.studies[studyUID]) throw new Error(`unknown study ${studyUID}`);
  const protocols = st.hangingProtocols;
  let ctx = await buildStudyContext(studyUID);
  // Header facts read so far (grown as protocols ask for more); `withHeaders`: some were read.
  let read: HeaderFacts = { diffusion: false, dynamic: [] };
  let withHeaders = false;
  const mods = new Set(ctx.series.map((s) => s.modality.toUpperCase()));
  // A protocol asking about b-values, ADC or dynamic series can fit only a study with its modalities (and MR or CT to read).
  const maybe = (p: HangingProtocol) => needsHeaderFacts(p) && (mods.has('MR') || mods.has('CT')) && (p.match.modalities ?? []).every((m) => mods.has(m.toUpperCase()));
  const kind = studyKindOf(ctx);
  const wanted = opts.protocol ?? readRemembered(storage())[kind];
  if (opts.protocol && !protocols.some((p) => p.id === opts.protocol)) throw new Error(`no hanging protocol ${opts.protocol}`);
  // The asked-for (or remembered) protocol first, then by priority; MR/CT header facts only once a protocol needs them.
  const order = [...protocols.map((p, i) => ({ p, i }))]
    .sort((a, b) => Number(b.p.id === wanted) - Number(a.p.id === wanted) || b.p.priority - a.p.priority || a.i - b.i)
    .map((x) => x.p);
  let chosen: { protocol: HangingProtocol; plan: HangingPlan } | undefined;
  for (const p of order) {
    if (maybe(p)) {
      const want = headerFactsOf(p);
      const more: HeaderFacts = { diffusion: read.diffusion || want.diffusion, dynamic: [...new Set([...read.dynamic, ...want.dynamic])].sort() };
      if (more.diffusion !== read.diffusion || more.dynamic.length !== read.dynamic.length) {
        ctx = await buildStudyContext(studyUID, more);
        read = more;
        withHeaders = true;
      }
    }
    const r = planHanging(p, ctx);
    if ('plan' in r) {
      chosen = { protocol: p, plan: r.plan };
      break;
    }
    if (p.id === opts.protocol) throw new Error(`hanging protocol ${p.id} does not fit this study: ${r.error}`);
  }
  if (!chosen) throw new Error('no hanging protocol fits this study');
  // Without the header facts (not read unless needed: seconds of header reading and an ADC fit), a
  // protocol asking about them is offered when the study has its modalities; picking one that
  // then does not fit is refused with the reason.
  const candidates = (c: StudyContext, full: boolean) => {
    const fit = new Set(rankProtocols(protocols, c).map((r) => r.protocol.id));
    return protocols
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => fit.has(p.id) || (!full && maybe(p)))
      .sort((a, b) => b.p.priority - a.p.priority || a.i - b.i)
      .map(({ p }) => p.id);
  };
  return { protocol: chosen.protocol, plan: chosen.plan, kind, candidates: candidates(ctx, withHeaders) };
}

async function hang(studyUID: string, opts: OpenStudyOptions): Promise<ActiveHanging> {
  const { protocol, plan, kind, candidates } = await chooseHanging(studyUID, opts);
  if (opts.cancelIf?.()) throw new HangingCancelled(`hanging of study ${studyUID} cancelled`);
  const active: ActiveHanging = { protocolId: protocol.id, studyInstanceUID: studyUID, layout: plan.layout, kind, candidates, panes: plan.panes.map((p, i) => ({ label: p.label, empty: !p.seriesUID, ...(protocol.viewports[i]?.series.derived ? { derived: true } : {}) })) };
  // Named at once (the picker, pane labels) while the volumes load; dropped again if showing fails.
  appStore.getState().setActiveHanging(active);
  try {
    await applyHangingPlan(plan, studyUID);
  } catch (e) {
    if (appStore.getState().activeHanging === active) appStore.getState().setActiveHanging(null);
    throw e;
  }
  if (opts.remember) writeRemembered(storage(), kind, protocol.id);
  return active;
}

/** The remembered protocol of a kind of study, or undefined. */
export const rememberedFor = (kind: string): string | undefined => readRemembered(storage())[kind];

/** Remembers (or, with undefined, forgets) a protocol for a kind of study. */
export const remember = (kind: string, protocolId: string | undefined): void => void writeRemembered(storage(), kind, protocolId);

/** `F4`: the next protocol that fits the study on screen (wraps around). */
export function nextProtocol(): Promise<ActiveHanging> | undefined {
  const a = appStore.getState().activeHanging;
  if (!a || a.candidates.length < 2) return undefined;
  const next = a.candidates[(a.candidates.indexOf(a.protocolId) + 1) % a.candidates.length];
  return openStudy(a.studyInstanceUID, { protocol: next });
}
