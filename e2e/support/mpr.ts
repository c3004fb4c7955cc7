import type { Page } from '@playwright/test';
import { expect, openApp } from './test';

// Mouse helpers for the MPR measure spec (e2e/measure-mpr.spec.ts): viewport ↔ page points,
// drags, zoom, the analytic section of an ellipsoid, and opening the MPR layout.
export type V3 = [number, number, number];
export interface Ellipsoid { centre_mm: V3; semiAxes_mm: V3; axes: V3[] }

export interface Dbg {
  worldToCanvas(vp: string, p: V3): [number, number];
  goTo(vp: string, p: V3): Promise<void>;
  annotationPoints(uid: string): number[][] | null;
  state(): { lesionIds: string[]; undo: number; redo: number };
}
export interface Result { linesMm: number[]; areaMm2: number | null; volumeMl: number; mean: number | null; unit: string; voxelCount: number; suv: { max: number } | null }
export interface ApiLesion { id: string; tool: string; location: string; results: Record<string, Result | null> }
export const lesions = (page: Page) => page.evaluate(() => (window.caliper.lesions as () => ApiLesion[])());
export const firstResult = (l: ApiLesion | undefined) => (l ? (Object.values(l.results).find((r) => r !== null) ?? null) : null);
export const latest = async (page: Page) => firstResult((await lesions(page)).at(-1));

export const goTo = (page: Page, vp: string, p: V3) => page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).goTo(vp, p), { vp, p });
/** Page coordinates (CSS px) where a patient point is drawn in a viewport. */
export async function toPage(page: Page, vp: string, p: V3): Promise<[number, number]> {
  const [x, y] = await page.evaluate(({ vp, p }) => (window.caliper.measureDebug as Dbg).worldToCanvas(vp, p), { vp, p });
  const box = (await page.locator(`.viewport-cell[data-viewport-id="${vp}"] canvas`).first().boundingBox())!;
  return [box.x + x, box.y + y];
}
/** Size (mm) of one canvas pixel of a viewport along a patient direction. */
export async function pixelMm(page: Page, vp: string, at: V3, dir: V3): Promise<number> {
  const a = await toPage(page, vp, at);
  const b = await toPage(page, vp, [at[0] + 10 * dir[0], at[1] + 10 * dir[1], at[2] + 10 * dir[2]]);
  return 10 / Math.hypot(a[0] - b[0], a[1] - b[1]);
}

export async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 12 });
  await page.mouse.up();
}

/** Zoom a viewport in around a patient point with the mouse (right drag down, Cornerstone's zoom tool). */
export async function zoomAt(page: Page, vp: string, p: V3, dy = 160) {
  const [x, y] = await toPage(page, vp, p);
  await page.mouse.move(x, y);
  await page.mouse.down({ button: 'right' });
  await page.mouse.move(x, y + dy, { steps: 16 });
  await page.mouse.up({ button: 'right' });
}

/**
 * The section of an ellipsoid by the plane through its centre spanned by orthonormal e1, e2.
 * A point c + u·e1 + v·e2 is inside iff Σᵢ ((u e1 + v e2)·aᵢ / sᵢ)² ≤ 1, i.e. [u v] M [u v]ᵀ ≤ 1 with
 * M_jk = Σᵢ (e_j·aᵢ)(e_k·aᵢ)/sᵢ². The section is the ellipse whose semi-axes are 1/√λ for the
 * eigenvalues λ of this symmetric 2×2 M (closed form), along its eigenvectors.
 */
export function section(e: Ellipsoid, e1: V3, e2: V3) {
  const dot = (a: readonly number[], b: readonly number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  let m11 = 0, m12 = 0, m22 = 0;
  e.axes.forEach((a, i) => {
    const p = dot(e1, a), q = dot(e2, a), s2 = e.semiAxes_mm[i] ** 2;
    m11 += (p * p) / s2;
    m12 += (p * q) / s2;
    m22 += (q * q) / s2;
  });
  const mean = (m11 + m22) / 2, r = Math.hypot((m11 - m22) / 2, m12);
  const [lSmall, lBig] = [mean - r, mean + r];
  // Eigenvector of the small eigenvalue (the long axis), in (u, v).
  const [u, v] = Math.abs(m12) > 1e-12 ? [m12, lSmall - m11] : m11 <= m22 ? [1, 0] : [0, 1];
  const n = Math.hypot(u, v);
  const long: V3 = [0, 1, 2].map((d) => (u * e1[d] + v * e2[d]) / n) as V3;
  const short: V3 = [0, 1, 2].map((d) => (-v * e1[d] + u * e2[d]) / n) as V3;
  return { semiLong: 1 / Math.sqrt(lSmall), semiShort: 1 / Math.sqrt(lBig), long, short };
}
export const along = (c: V3, dir: V3, t: number): V3 => [c[0] + t * dir[0], c[1] + t * dir[1], c[2] + t * dir[2]];

/** Opens the demo CT, then switches to MPR with the toolbar button and waits until it shows the volume. */
export async function openMpr(page: Page, uid: string, at: V3) {
  await openApp(page);
  await page.evaluate((uid) => window.caliper.open(uid), uid);
  await page.getByTestId('layout-mpr').click();
  await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports())).toEqual(['mpr-axial', 'mpr-sagittal', 'mpr-coronal']);
  // The volume is loaded when the sagittal plane through `at` shows soft tissue there (on that plane:
  // a goTo that lands while the layout is still being set up is repeated, as in openFusion).
  await expect.poll(async () => {
    await goTo(page, 'mpr-sagittal', at);
    const [x, y] = await page.evaluate((p) => window.caliper.debug.worldToCanvas('mpr-sagittal', p), at);
    const s = await page.evaluate(({ x, y }) => window.caliper.debug.sample('mpr-sagittal', x, y), { x, y });
    return Math.max(...s.lps.map((v, a) => Math.abs(v - at[a]))) < 2 ? (s.value ?? 0) : 0;
  }, { timeout: 90_000 }).toBeGreaterThan(0);
}

/** Opens the demo CT, then the PET/CT fusion with the toolbar button; waits until the fused view shows the PET at `at`. */
export async function openFusion(page: Page, ct: string, pet: string, at: V3) {
  await openApp(page);
  await page.evaluate((uid) => window.caliper.open(uid), ct);
  await page.getByTestId('layout-fusion').click();
  await expect.poll(() => page.evaluate(() => window.caliper.debug.viewports()), { timeout: 60_000 }).toEqual(['fusion-ct', 'fusion-fused', 'fusion-pet', 'fusion-mip']);
  // Until the fused pane shows PET at `at` on the plane through it: a goTo that lands while the
  // layout is still being set up (its volumes set, cameras reset) is repeated.
  await expect.poll(async () => {
    await goTo(page, 'fusion-fused', at);
    const [x, y] = await page.evaluate((p) => window.caliper.debug.worldToCanvas('fusion-fused', p), at);
    const s = await page.evaluate(({ x, y, pet }) => window.caliper.debug.sample('fusion-fused', x, y, { volumeSeriesUID: pet }), { x, y, pet });
    return Math.max(...s.lps.map((v, a) => Math.abs(v - at[a]))) < 2 ? (s.value ?? 0) : 0;
  }, { timeout: 90_000 }).toBeGreaterThan(1);
}
