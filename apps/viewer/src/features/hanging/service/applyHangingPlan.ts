import type { Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { resizeViewports, showFusion, showMpr, showStack, viewportById, whenLayout } from '../../../viewports/controller';
import { viewportsFor } from '../../../viewports/ids';
import { VOI_PRESETS } from '../../../viewports/presets';
import { applyPreset } from '../../../viewports/actions';
import { buildAdcVolume, planDiffusion } from '../../measure/service/adcVolume';
import { derivedVolumeOfSeries } from '../../../viewports/derivedImages';
import type { HangingPlan } from '../model/planHanging';
import { bindHangingSync, unbindHangingSync } from './bindHangingSync';
import { hangingLayoutHop } from './hangingLayoutHop';

/** The images of a diffusion series' highest b-value (in slice order), as a stack of that series. */
async function highestB(s: SeriesEntry): Promise<SeriesEntry> {
  const plan = await planDiffusion(s).catch(() => null);
  if (!plan || plan.bValues.length < 2) return s;
  const top = plan.bValues.indexOf(Math.max(...plan.bValues));
  const imageIds = plan.byB[top];
  return { ...s, imageIds, instanceCount: imageIds.length };
}

function need(uid: string | undefined, what: string): SeriesEntry {
  const s = uid ? appStore.getState().series[uid] : undefined;
  if (!s) throw new Error(`${what}: series ${uid ?? '(none)'} is not loaded`);
  return s;
}

/** A protocol's W/L presets and inversions, pane by pane (through the toolbar's preset action). */
function applyDisplays(plan: HangingPlan, only?: ReadonlySet<number>, activeAfter = 0): void {
  const specs = viewportsFor(plan.layout);
  const st = appStore.getState();
  plan.panes.forEach((p, i) => {
    if (!p.seriesUID || !p.display || (only && !only.has(i))) return;
    st.setActiveViewport(i);
    const preset = VOI_PRESETS.find((v) => v.id === p.display?.preset);
    if (preset) applyPreset(preset);
    if (p.display.invert !== undefined && plan.layout !== 'fusion') {
      const vp = viewportById(specs[i].id) as Types.IStackViewport | undefined;
      vp?.setProperties({ invert: p.display.invert });
      vp?.render();
    }
  });
  st.setActiveViewport(activeAfter);
}

/** The hanging is still the one on screen: the reader has not changed the layout or opened another study meanwhile. */
function stillShown(plan: HangingPlan, studyUID: string): boolean {
  const s = appStore.getState();
  return s.layout === plan.layout && s.activeHanging?.protocolId === plan.protocolId && s.activeHanging.studyInstanceUID === studyUID;
}

/**
 * Shows a planned hanging: PET/CT (CT, fused, PET, MIP), MPR, stacks on a grid (panes the plan
 * leaves empty stay empty), or prior | current through the timeline's comparison (matched and
 * synchronised). Resolves once every pane is displayed.
 */
export async function applyHangingPlan(plan: HangingPlan, studyUID: string): Promise<void> {
  unbindHangingSync();
  const st = appStore.getState();
  st.setHangingPending({});
  const panes = plan.panes;
  switch (plan.layout) {
    case 'compare': {
      const { openCompare } = await import('../../timeline/compare/openCompare');
      await openCompare(plan.priorStudyUID ?? '', studyUID, {
        ...(panes[0].seriesUID ? { priorSeriesUID: panes[0].seriesUID } : {}),
        ...(panes[1].seriesUID ? { currentSeriesUID: panes[1].seriesUID } : {}),
      });
      return;
    }
    case 'fusion':
      await showFusion(need(panes[1].seriesUID, 'PET/CT base'), need(panes[1].overlayUID, 'PET/CT overlay'));
      break;
    case 'mpr':
      await showMpr(need(panes[0].seriesUID, 'MPR'));
      break;
    default: {
      // A grid already on screen keeps its old images in panes the new hanging leaves empty: re-enable it.
      if (st.layout === plan.layout && panes.some((p) => !p.seriesUID)) {
        hangingLayoutHop(() => st.setLayout('1x1'));
        await whenLayout('1x1');
      }
      st.clearAssignments();
      st.setLayout(plan.layout);
      await whenLayout(plan.layout);
      // The new grid's cells get their size on the next frames: a stack set before would keep a camera fitted to nothing.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      resizeViewports();
      const shown = await Promise.all(panes.map(async (p) => (p.seriesUID ? (p.display?.highestB ? highestB(need(p.seriesUID, p.label)) : need(p.seriesUID, p.label)) : undefined)));
      // Caliper's derived maps (the ADC map) fill their pane when fitted, with the fit's progress
      // there meanwhile; the stored series (DWI, T2…) show at once.
      const fitting = new Map<number, string>();
      shown.forEach((s, i) => {
        const d = s && derivedVolumeOfSeries(s.seriesInstanceUID);
        if (d) fitting.set(i, `fit:${d.key}`);
      });
      appStore.getState().setHangingPending(Object.fromEntries(fitting));
      const sync = () => {
        const ids = viewportsFor(plan.layout).map((v) => v.id);
        const filled = (i: number) => !!panes[i]?.seriesUID && !fitting.has(i);
        bindHangingSync((plan.sync ?? []).map((g) => ({ viewportIds: g.viewports.filter(filled).map((i) => ids[i]), by: g.by })).filter((g) => g.viewportIds.length > 1));
      };
      for (const [i, s] of shown.entries()) {
        if (!s || fitting.has(i)) continue;
        if (!stillShown(plan, studyUID)) return;
        await showStack(s, i);
      }
      if (!stillShown(plan, studyUID)) return;
      sync();
      applyDisplays(plan, new Set(shown.flatMap((s, i) => (s && !fitting.has(i) ? [i] : []))));
      await Promise.all([...fitting.keys()].map(async (i) => {
        const s = shown[i]!;
        const ok = await buildAdcVolume(s).then(() => true, () => false);
        fitting.delete(i);
        appStore.getState().setHangingPending(Object.fromEntries(fitting));
        // A failed fit is named in the errors panel (features/adc); its pane stays empty.
        if (!ok || !stillShown(plan, studyUID)) return;
        // The reader may be working in another pane meanwhile: it stays the active one.
        const keep = appStore.getState().activeViewport;
        await showStack(s, i);
        if (!stillShown(plan, studyUID)) return;
        sync();
        applyDisplays(plan, new Set([i]), keep);
      }));
      return;
    }
  }
  if (stillShown(plan, studyUID)) applyDisplays(plan);
}