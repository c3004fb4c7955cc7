import { appStore } from '../../app/store';
import { openFromUi } from '../../app/openFromUi';
import { applyPreset, invertActive, resetActive, scrollActive } from '../../viewports/actions';
import { VOI_PRESETS } from '../../viewports/presets';
import type { ShortcutAction } from './shortcuts';
import type { LayoutId } from '../../app/types';
import { nextProtocolFromUi } from '../hanging/openStudyFromUi';

function activeSeriesUID(): string | undefined {
  const s = appStore.getState();
  const slot = s.layout === 'mpr' || s.layout === 'fusion' ? 0 : s.activeViewport;
  return s.assignments[slot]?.seriesUID;
}

/** Runs a shortcut/toolbar action against the store and the active viewport. */
export function runShortcut(action: ShortcutAction): void {
  const s = appStore.getState();
  const layout = (l: LayoutId) => s.setLayout(l);
  switch (action) {
    case 'help': return s.setViewer({ helpOpen: !s.helpOpen });
    case 'close': return s.setViewer({ helpOpen: false, dicomWebOpen: false });
    case 'toolWindowLevel': return s.setViewer({ leftTool: 'windowLevel' });
    case 'toolPan': return s.setViewer({ leftTool: 'pan' });
    case 'toolZoom': return s.setViewer({ leftTool: 'zoom' });
    case 'toolScroll': return s.setViewer({ leftTool: 'scroll' });
    case 'toolCrosshairs': return s.setViewer({ leftTool: 'crosshairs' });
    case 'reset': return resetActive();
    case 'invert': return invertActive();
    case 'cine': return s.setViewer({ cinePlaying: !s.cinePlaying });
    case 'nextSlice': return scrollActive(1);
    case 'prevSlice': return scrollActive(-1);
    case 'overlays': return s.setViewer({ overlaysVisible: !s.overlaysVisible });
    case 'hideIdentifiers': return s.setViewer({ hideIdentifiers: !s.hideIdentifiers });
    case 'layout1x1': return layout('1x1');
    case 'layout1x2': return layout('1x2');
    case 'layout2x2': return layout('2x2');
    case 'layoutMpr': {
      const uid = activeSeriesUID();
      return uid ? openFromUi(uid, 'mpr') : undefined;
    }
    case 'layoutFusion': {
      const uid = activeSeriesUID();
      return uid ? openFromUi(uid, 'fusion') : undefined;
    }
    // The timeline feature is a lazy chunk: load it on first use.
    case 'layoutCompare':
      return void import('../timeline/ui/compareShortcut').then((m) => m.compareFromShortcut());
    case 'hangingNext':
      return nextProtocolFromUi();
    // Presentation mode is a lazy chunk (Vega): load it on first use.
    case 'presentation':
      return void import('../presentation/service/presentation').then((m) => m.togglePresentation());
    // The cohort view is a lazy chunk too (Vega, dcmjs for SRs).
    case 'cohort':
      return void import('../cohort/service/openCohort').then((m) => m.toggleCohort());
    default: {
      const n = Number(action.replace('preset', ''));
      const p = VOI_PRESETS[n - 1];
      if (p) applyPreset(p);
    }
  }
}
