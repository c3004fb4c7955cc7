import { metaData, type Types } from '@cornerstonejs/core';
import { appStore } from '../../../app/store';
import { viewportById } from '../../../viewports/controller';
import { defaultPreset, voiRangeOf } from '../../../viewports/presets';
import { prefetchedInstance } from '../../../viewports/prefetch';
import { tagOf } from '../../persistence/service/dataSetOf';
import type { ViewRef } from '../model/keyImage';
import { centreCamera } from './centreCamera';

type Vp = Types.IStackViewport | Types.IVolumeViewport;

export interface Snapshot {
  /** PNG as a data URL (shown in the summary). */
  readonly png: string;
  /** The same as JPEG (quality 0.92), for the PDF: embedded without re-encoding. */
  readonly jpeg: string;
  readonly width: number;
  readonly height: number;
  /** null when the shown image's header is not known (e.g. a derived map): not selectable in a KOS. */
  readonly ref: ViewRef | null;
}

export interface CaptureOptions {
  /** Centre of the snapshot, patient LPS mm (the lesion's centre). */
  readonly centreMm?: readonly number[];
  /** Field of view across the shorter side, mm (default: the viewport's own zoom). */
  readonly fovMm?: number;
  /** Burnt into the bottom of the snapshot on a dark box (never identifiers: lesion, role, date, value). */
  readonly caption?: string;
  /** Use the series' preset window (CT soft tissue, PET SUV 0–5 inverted) rather than the reader's. */
  readonly presetWindow?: boolean;
  /** Output size, CSS px of the longer side (default the canvas size). */
  readonly size?: number;
}

const frames = (n: number) => new Promise<void>((r) => {
  const step = (k: number) => (k <= 0 ? r() : requestAnimationFrame(() => step(k - 1)));
  step(n);
});

function svgImage(svg: SVGSVGElement, w: number, h: number): Promise<HTMLImageElement | null> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => resolve(null);
    img.src = url;
  });
}

function refOf(vp: Vp, viewportIndex: number): ViewRef | null {
  const imageId = vp.getCurrentImageId?.();
  const s = appStore.getState();
  const uid = s.assignments[viewportIndex]?.seriesUID;
  const series = uid ? s.series[uid] : undefined;
  if (!imageId || !series) return null;
  // Cornerstone's metadata (the loader's parsed header), else the header the viewer registered.
  const common = metaData.get('sopCommonModule', imageId) as { sopClassUID?: string; sopInstanceUID?: string } | undefined;
  const pre = prefetchedInstance(imageId);
  const sop = pre?.sopInstanceUID ?? common?.sopInstanceUID ?? tagOf(imageId, 'x00080018');
  const cls = pre?.sopClassUID ?? common?.sopClassUID ?? tagOf(imageId, 'x00080016');
  const seriesUID = series.seriesInstanceUID;
  const studyUID = series.studyInstanceUID;
  return sop && cls ? { studyInstanceUID: studyUID, seriesInstanceUID: seriesUID, sopClassUID: cls, sopInstanceUID: sop, modality: series.modality } : null;
}

/** The store's assignment slot of a viewport: vp-N → N, the compare pair 0/1, MPR and fusion views 0. */
const assignmentIndexOf = (id: string): number => (id.startsWith('vp-') ? Number(id.slice(3)) : id === 'cmp-current' ? 1 : 0);

/** Draws `text` at the bottom of the canvas on a dark box (legible on any image). */
function drawCaption(ctx: CanvasRenderingContext2D, text: string, w: number, h: number): void {
  const px = Math.max(14, Math.round(Math.min(w, h) / 22));
  ctx.font = `600 ${px}px system-ui, sans-serif`;
  const pad = Math.round(px / 2);
  ctx.fillStyle = 'rgba(0,0,0,0.78)';
  ctx.fillRect(0, h - px - 2 * pad, w, px + 2 * pad);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'bottom';
  ctx.fillText(text, pad, h - pad, w - 2 * pad);
}

/**
 * A snapshot of viewport `viewportId` as shown — image and the annotations drawn on it (the SVG
 * layer) — optionally centred on a point, zoomed to a field of view and in the series' preset
 * window; the reader's camera and window are restored afterwards.
 */
export async function captureView(viewportId: string, options: CaptureOptions = {}): Promise<Snapshot> {
  const vp = viewportById(viewportId) as Vp | undefined;
  if (!vp) throw new Error(`no viewport ${viewportId}`);
  const el = vp.element as HTMLDivElement;
  const index = assignmentIndexOf(viewportId);
  const camera = vp.getCamera();
  const props = vp.getProperties() as { voiRange?: Types.VOIRange; invert?: boolean };
  const restore = () => {
    vp.setCamera(camera);
    if (options.presetWindow && props.voiRange) (vp as Types.IStackViewport).setProperties({ voiRange: props.voiRange, invert: props.invert });
    vp.render();
  };
  try {
    const ref0 = refOf(vp, index);
    if (options.presetWindow && ref0) {
      const p = defaultPreset(ref0.modality);
      if (p) (vp as Types.IStackViewport).setProperties({ voiRange: voiRangeOf(p), invert: !!p.invert });
    }
    if (options.centreMm) centreCamera(vp as unknown as Types.IViewport, options.centreMm, options.fovMm);
    vp.render();
    await frames(3);
    const canvas = vp.getCanvas();
    const cw = canvas.width, ch = canvas.height;
    const scale = options.size ? options.size / Math.max(cw, ch) : 1;
    const out = document.createElement('canvas');
    out.width = Math.round(cw * scale);
    out.height = Math.round(ch * scale);
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
    const svg = el.querySelector('svg.svg-layer') as SVGSVGElement | null;
    if (svg) {
      const img = await svgImage(svg, el.clientWidth, el.clientHeight);
      if (img) ctx.drawImage(img, 0, 0, out.width, out.height);
    }
    if (options.caption) drawCaption(ctx, options.caption, out.width, out.height);
    return { png: out.toDataURL('image/png'), jpeg: out.toDataURL('image/jpeg', 0.92), width: out.width, height: out.height, ref: refOf(vp, index) };
  } finally {
    restore();
  }
}
