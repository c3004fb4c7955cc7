import { useEffect } from 'react';
import { appStore } from '../../app/store';
import { setCine, activeViewportId } from '../../viewports/actions';
import { setLeftTool } from '../../viewports/tools';
import { updateFusion } from '../../viewports/display';

/** Mirrors store state that drives Cornerstone (left tool, cine, fusion settings) into it. */
export function useToolSync(): void {
  useEffect(() => {
    let cineOn: string | undefined;
    return appStore.subscribe((s, prev) => {
      if (s.leftTool !== prev.leftTool) setLeftTool(s.leftTool);
      if (s.cinePlaying !== prev.cinePlaying || s.cineFps !== prev.cineFps || (s.cinePlaying && s.activeViewport !== prev.activeViewport)) {
        if (cineOn) setCine(false, s.cineFps);
        cineOn = s.cinePlaying ? activeViewportId() : undefined;
        if (s.cinePlaying) setCine(true, s.cineFps);
      }
      if (s.fusionOpacity !== prev.fusionOpacity || s.petRange !== prev.petRange || s.petColormap !== prev.petColormap) {
        const pet = s.assignments[0]?.overlayUID;
        if (pet) updateFusion(pet, s.fusionOpacity, s.petRange);
      }
    });
  }, []);
}
