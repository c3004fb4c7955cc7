import { buildSummaryPdf } from '@caliper/board';
import { CALIPER_VERSION } from '@caliper/report/dicom/exportContext';
import { appStore } from '../../../app/store';
import { activeViewportId } from '../../../viewports/actions';
import { formatPersonName } from '../../overlay/formatDicom';
import { tagOf } from '../../persistence/service/dataSetOf';
import { caseFileName } from '../model/caseFileName';
import { selectBoard } from '../model/selectBoard';
import { captureView } from './captureView';
import { downloadBytes } from '../../persistence/ui/download';
import { dataUrlBytes } from './dataUrlBytes';

/** Patient identifiers of the presented patient (only ever printed when the presenter ticks "include identifiers"). */
function identifiersNow(): Record<string, string> {
  const s = appStore.getState();
  const uid = s.assignments[s.activeViewport]?.seriesUID;
  const series = uid ? s.series[uid] : undefined;
  const study = series ? s.studies[series.studyInstanceUID] : undefined;
  const first = series?.imageIds[0];
  const out: Record<string, string> = {};
  if (study?.patientName) out['Patient name'] = formatPersonName(study.patientName);
  if (study?.patientId) out['Patient ID'] = study.patientId;
  const birth = first ? tagOf(first, 'x00100030') : undefined;
  if (birth) out['Birth date'] = birth;
  return out;
}

/** Runs an export, reporting its outcome in the summary; a failure leaves the reading untouched and says why. */
async function run<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const set = appStore.getState().setPresentation;
  set({ exportStatus: { state: 'working', message: `${what}…` } });
  const t0 = performance.now();
  try {
    const out = await fn();
    set({ exportStatus: { state: 'done', message: `${what} saved (${Math.round(performance.now() - t0)} ms)` } });
    return out;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    set({ exportStatus: { state: 'error', message: `${what} failed: ${reason}. Nothing in the reading was changed.` } });
    throw new Error(`${what} failed: ${reason}`, { cause: e });
  }
}

/** The PDF summary's bytes (A4 or Letter landscape) with the key images; identifiers only when ticked. */
export async function summaryPdfBytes(): Promise<Uint8Array> {
  const s = appStore.getState();
  const summary = selectBoard(s)?.summary;
  if (!summary) throw new Error('no case summary to export (measure the baseline and a follow-up first)');
  return buildSummaryPdf(summary, {
    paper: s.paper,
    version: CALIPER_VERSION,
    includeIdentifiers: s.includeIdentifiers,
    ...(s.includeIdentifiers ? { identifiers: identifiersNow() } : {}),
    keyImages: s.keyImages.map((k) => ({ jpg: dataUrlBytes(k.jpeg), caption: k.caption, lesion: k.lesion })),
  });
}

/** Downloads the PDF summary, named after the case label. Resolves with its size and build time. */
export function exportPdf(): Promise<{ bytes: number; ms: number; name: string }> {
  return run('PDF summary', async () => {
    const t0 = performance.now();
    const bytes = await summaryPdfBytes();
    const ms = Math.round(performance.now() - t0);
    const name = caseFileName(appStore.getState().caseLabel, 'summary.pdf');
    downloadBytes(name, 'application/pdf', bytes);
    return { bytes: bytes.length, ms, name };
  });
}

function svgToImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('a plot could not be rasterised'));
    img.src = url;
  });
}

/**
 * The current slide as PNG (1920×1080): the active view with its measurements on the left; the
 * case label, best overall response, timeline and the spider plot on the right. Identifier-free.
 */
export function exportSlidePng(): Promise<{ name: string; width: number; height: number }> {
  return run('Slide PNG', async () => {
    const s = appStore.getState();
    const board = selectBoard(s);
    const W = 1920, H = 1080, split = 1100;
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const ctx = canvas.getContext('2d')!;
    const light = s.presentationTheme === 'light';
    ctx.fillStyle = light ? '#ffffff' : '#0b0f14';
    ctx.fillRect(0, 0, W, H);
    const vpId = activeViewportId();
    if (vpId) {
      const snap = await captureView(vpId, {});
      const img = new Image();
      await new Promise<void>((r, j) => ((img.onload = () => r()), (img.onerror = () => j(new Error('snapshot unreadable'))), (img.src = snap.png)));
      const k = Math.min(split / img.width, H / img.height);
      ctx.drawImage(img, (split - img.width * k) / 2, (H - img.height * k) / 2, img.width * k, img.height * k);
    }
    ctx.fillStyle = light ? '#111' : '#f2f5f8';
    ctx.textBaseline = 'top';
    let y = 30;
    const text = (t: string, px: number, weight = 400) => {
      ctx.font = `${weight} ${px}px system-ui, sans-serif`;
      ctx.fillText(t, split + 30, y, W - split - 60);
      y += px * 1.35;
    };
    text(s.caseLabel || 'Case', 40, 700);
    const summary = board?.summary;
    if (summary) {
      text(`${summary.criteria}: best overall response ${summary.bestOverallResponse.response}`, 26, 600);
      y += 8;
      for (const t of summary.timeline) text(`${t.date}  day ${t.daysFromBaseline}  ${t.baseline ? 'Baseline' : t.response}  ${t.value ?? ''} ${summary.quantity.unit}${t.changeFromBaselinePct !== null ? ` (${t.changeFromBaselinePct > 0 ? '+' : ''}${t.changeFromBaselinePct} %)` : ''}`, 22);
      const spider = document.querySelector('[data-plot="spider"] svg') as SVGSVGElement | null;
      if (spider) {
        const img = await svgToImage(spider);
        const k = Math.min((W - split - 60) / img.width, (H - y - 30) / img.height);
        ctx.drawImage(img, split + 30, y + 10, img.width * k, img.height * k);
      }
    } else {
      text(board?.note ?? 'No assessment yet', 22);
    }
    const name = caseFileName(s.caseLabel, 'slide.png');
    const blob = await new Promise<Blob>((r, j) => canvas.toBlob((b) => (b ? r(b) : j(new Error('PNG encoding failed'))), 'image/png'));
    downloadBytes(name, 'image/png', blob);
    return { name, width: W, height: H };
  });
}
