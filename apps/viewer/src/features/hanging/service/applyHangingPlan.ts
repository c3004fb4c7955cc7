import type { Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import type { SeriesEntry } from '../../../app/types';
import { resizeViewports, showFusion, showMpr, showStack, viewportById, whenLayout } from '../../../viewports/controller';
import { viewportsFor } from '../../../viewports/ids';
import { VOI_PRESETS } from '../../../viewports/presets';
import { applyPreset } from '../../../viewports/actions';
import { fitDiffusion, planDiffusion } from '../../measure/service/adcVolume';
import type { HangingPlan } from '../model/planHanging';
import { bindHangingSync, unbindHangingSync } from './bindHangingSync';

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
function applyDisplays(plan: HangingPlan): void {
  const specs = viewportsFor(plan.layout);
  const st = appStore.getState();
  plan.panes.forEach((p, i) => {
    if (!p.seriesUID || !p.display) return;
    st.setActiveViewport(i);
    const preset = VOI_PRESETS.find((v) => v.id === p.display?.preset);
    if (preset) applyPreset(preset);
    if (p.display.invert !== undefined && plan.layout !== 'fusion') {
      const vp = viewportById(specs[i].id) as Types.IStackViewport | undefined;
      vp?.setProperties({ invert: p.display.invert });
      vp?.render();
    }
  });
  st.setActiveViewport(0);
}

/**
 * Shows a planned hanging: PET/CT (CT, fused, PET, MIP), MPR, stacks on a grid (panes the plan
 * leaves empty stay empty), or prior | current through the timeline's comparison (matched and
 * synchronised). Resolves once every pane is displayed.
 */
export async function applyHangingPlan(plan: HangingPlan, studyUID: string): Promise<void> {
  unbindHangingSync();
  const st = appStore.getState();
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
        st.setLayout('1x1');
        await whenLayout('1x1');
      }
      st.clearAssignments();
      st.setLayout(plan.layout);
      await whenLayout(plan.layout);
      // The new grid's cells get their size on the next frames: a stack set before would keep a camera fitted to nothing.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      resizeViewports();
      const shown = await Promise.all(panes.map(async (p) => (p.seriesUID ? (p.display?.highestB ? highestB(need(p.seriesUID, p.label)) : need(p.seriesUID, p.label)) : undefined)));
      // A DWI shown while its ADC map is being fitted came up blank (its image went from the cache
      // meanwhile): the fit (which the ADC pane waits for anyway) first.
      await Promise.all(shown.map(async (s) => {
        const d = s?.modality === 'MR' ? await planDiffusion(s).catch(() => null) : null;
        if (d && d.bValues.length >= 2) await fitDiffusion(d).catch(() => undefined);
      }));
      for (const [i, s] of shown.entries()) if (s) await showStack(s, i);
      const ids = viewportsFor(plan.layout).map((v) => v.id);
      bindHangingSync((plan.sync ?? []).map((g) => ({ viewportIds: g.viewports.filter((i) => panes[i]?.seriesUID).map((i) => ids[i]), by: g.by })).filter((g) => g.viewportIds.length > 1));
    }
  }
  applyDisplays(plan);
}
