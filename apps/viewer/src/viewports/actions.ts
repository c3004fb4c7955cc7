import { StackViewport, utilities, type Types } from '@cornerstonejs/core';
import { utilities as toolUtils } from '@cornerstonejs/tools';
import { appStore } from '../app/store';
import { getEngine } from './engine';
import { viewportsFor } from './ids';
import { presetVoiRange, type VoiPreset } from './presets';
import { adcMappingOf } from './sample';
import { volumeIdOf } from './volumes';
import { fitViewportToVolume } from './fitViewport';
import { scrollSign } from './sliceScrollTool';

type Vp = Types.IStackViewport | Types.IVolumeViewport;

/** The viewport the user works in (the active slot of stack layouts, else the first). */
export function activeViewportId(): string | undefined {
  const { layout, activeViewport } = appStore.getState();
  const specs = viewportsFor(layout);
  return (specs[activeViewport] ?? specs[0])?.id;
}

function withViewport(id: string | undefined, fn: (vp: Vp) => void): void {
  if (!id) return;
  try {
    const vp = getEngine().getViewport(id) as Vp | undefined;
    if (vp) fn(vp);
  } catch {
    /* viewport not enabled yet */
  }
}

/**
 * Applies a W/L preset to the viewports showing its modality (CT presets to CT layers, PET to PET),
 * in the active viewport of a stack layout or all viewports of MPR/fusion.
 */
export function applyPreset(p: VoiPreset): void {
  const { layout, assignments, series, viewportInfo } = appStore.getState();
  // SUV presets (keys 5, 6, 8) mean nothing on a PET whose SUV is not computable (shown in Bq/mL or
  // raw): the fusion controls say why they are off (petScale.ts); the keys do nothing rather than
  // set a 0–5 window on Bq/mL.
  const petUnit = Object.values(viewportInfo).find((i) => i.petUnit)?.petUnit;
  if (p.modality === 'PT' && petUnit !== undefined && petUnit !== 'SUVbw') return;
  // A PET/CT display: one SUV window drives the fused colour scale, the PET grey panes and the MIP (updateFusion).
  if (layout === 'fusion' && p.modality === 'PT') {
    appStore.getState().setViewer({ petRange: [p.center - p.width / 2, p.center + p.width / 2] });
    return;
  }
  const ids = layout === 'mpr' || layout === 'fusion' ? viewportsFor(layout).map((v) => v.id) : [activeViewportId()];
  for (const id of ids) {
    withViewport(id, (vp) => {
      if (layout === 'fusion') {
        if (p.adc) return;
        const a = assignments[0];
        const uid = p.modality === 'PT' ? a?.overlayUID : a?.seriesUID;
        if (!uid) return;
        const vid = volumeIdOf(uid);
        const vv = vp as Types.IVolumeViewport;
        if (!vv.getActors().some((x) => x.referencedId === vid || x.uid === vid)) return;
        if (id === 'fusion-fused' && p.modality === 'PT') {
          appStore.getState().setViewer({ petRange: [p.center - p.width / 2, p.center + p.width / 2] });
          return;
        }
        vv.setProperties({ voiRange: presetVoiRange(p, undefined)!, invert: !!p.invert }, vid);
      } else {
        const modality = series[assignments[layout === 'mpr' ? 0 : appStore.getState().activeViewport]?.seriesUID ?? '']?.modality;
        if (modality && modality !== p.modality) return;
        // ADC presets are in 10^-3 mm2/s: through the shown map's display mapping (none: not an ADC map).
        const range = presetVoiRange(p, p.adc ? adcMappingOf(vp.getCurrentImageId()) : undefined);
        if (!range) return;
        vp.setProperties({ voiRange: range, invert: !!p.invert });
      }
      vp.render();
    });
  }
}

export function resetActive(): void {
  withViewport(activeViewportId(), (vp) => {
    vp.resetCamera();
    vp.resetProperties?.();
    // Volumes: whole extent in both width and height (Cornerstone's reset fits one of them).
    if (!(vp instanceof StackViewport)) fitViewportToVolume(vp as unknown as Types.IVolumeViewport);
    vp.render();
  });
}

export function invertActive(): void {
  withViewport(activeViewportId(), (vp) => {
    const inv = (vp.getProperties() as { invert?: boolean }).invert;
    vp.setProperties({ invert: !inv });
    vp.render();
  });
}

export function scrollActive(delta: number): void {
  // The same direction as the wheel: +1 is the next slice number in stacks and volumes alike.
  withViewport(activeViewportId(), (vp) =>
    utilities.scroll(vp as unknown as Parameters<typeof utilities.scroll>[0], { delta: delta * scrollSign(vp as unknown as Types.IStackViewport) }),
  );
}

/** Cine on the active viewport's element (Cornerstone tools' playClip). */
export function setCine(playing: boolean, fps: number): void {
  withViewport(activeViewportId(), (vp) => {
    if (playing) toolUtils.cine.playClip(vp.element, { framesPerSecond: fps, loop: true });
    else toolUtils.cine.stopClip(vp.element);
  });
}
