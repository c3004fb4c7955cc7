const FONT = 'Helvetica, Arial, sans-serif';

function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('a plot could not be drawn into the PNG'));
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/**
 * A PNG of the cohort view: its heading lines (`[data-png-line]` values, in order; the first bold) and
 * its plots' SVGs side by side as shown, on the view's dark background. Drawn from the page's own
 * content, so it holds what the view holds and nothing else (no identifiers).
 */
export async function composePng(view: HTMLElement): Promise<Blob> {
  const lines = Array.from(view.querySelectorAll<HTMLElement>('[data-png-line]')).map((e) => (e.dataset.pngLine ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const svgs = Array.from(view.querySelectorAll<SVGSVGElement>('[data-plot] > svg'));
  const images = await Promise.all(svgs.map(svgImage));
  const pad = 24, gap = 24, lineH = 28;
  const plotsW = images.reduce((w, i) => w + i.width, 0) + gap * Math.max(0, images.length - 1);
  const width = Math.max(960, plotsW + 2 * pad);
  const top = pad + lines.length * lineH + 12;
  const height = top + Math.max(0, ...images.map((i) => i.height)) + pad;
  const scale = Math.min(2, window.devicePixelRatio || 1);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas: the PNG cannot be drawn');
  g.scale(scale, scale);
  g.fillStyle = '#11151b';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#f2f4f7';
  g.textBaseline = 'top';
  lines.forEach((l, i) => {
    g.font = i === 0 ? `bold 22px ${FONT}` : `16px ${FONT}`;
    g.fillText(l, pad, pad + i * lineH, width - 2 * pad);
  });
  let x = pad;
  for (const img of images) {
    g.drawImage(img, x, top, img.width, img.height);
    x += img.width + gap;
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
}
