import type { Geometry } from '@caliper/core';
import { makeGeometry } from '../src/testing/fixtures';

/** xorshift32 uniform in [0, 1): deterministic synthetic noise. */
export function rng(seed = 2463534242): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

export interface Sphere {
  readonly center: readonly [number, number, number];
  readonly radius: number;
}

export const radiusForMl = (ml: number): number => Math.cbrt((3 * ml * 1000) / (4 * Math.PI));

/** Paint value(noise) into every voxel whose centre is inside the sphere (axis-aligned grid at origin 0). */
export function paintSphere(g: Geometry, data: { [n: number]: number }, s: Sphere, value: () => number): void {
  const [ni, nj, nk] = g.dimensions;
  const [si, sj, sk] = g.spacing;
  const r2 = s.radius ** 2;
  for (let k = Math.max(0, Math.floor((s.center[2] - s.radius) / sk)); k <= Math.min(nk - 1, Math.ceil((s.center[2] + s.radius) / sk)); k++)
    for (let j = Math.max(0, Math.floor((s.center[1] - s.radius) / sj)); j <= Math.min(nj - 1, Math.ceil((s.center[1] + s.radius) / sj)); j++)
      for (let i = Math.max(0, Math.floor((s.center[0] - s.radius) / si)); i <= Math.min(ni - 1, Math.ceil((s.center[0] + s.radius) / si)); i++)
        if ((i * si - s.center[0]) ** 2 + (j * sj - s.center[1]) ** 2 + (k * sk - s.center[2]) ** 2 <= r2) data[i + ni * (j + nj * k)] = value();
}

/** 512×512×300 int16 CT (0.7×0.7×1 mm): air outside an elliptic body of soft tissue 40 ± 20 HU. */
export function makeCt(): { geometry: Geometry; data: Int16Array } {
  const geometry = makeGeometry([512, 512, 300], [0.7, 0.7, 1]);
  const data = new Int16Array(512 * 512 * 300);
  const r = rng(1);
  for (let k = 0, n = 0; k < 300; k++)
    for (let j = 0; j < 512; j++)
      for (let i = 0; i < 512; i++, n++) {
        const x = (i - 256) / 230, y = (j - 256) / 170;
        data[n] = x * x + y * y <= 1 ? 20 + Math.floor(r() * 41) : -1000;
      }
  return { geometry, data };
}

/** 200×200×600 float32 PET (4 mm isotropic), SUVbw: body 1 ± 0.3, liver 2, brain 8, bladder 20, lesions 5–15. */
export function makePet(): { geometry: Geometry; data: Float32Array; lesions: Sphere[] } {
  const geometry = makeGeometry([200, 200, 600], [4, 4, 4]);
  const data = new Float32Array(200 * 200 * 600);
  const r = rng(2);
  for (let k = 0, n = 0; k < 600; k++)
    for (let j = 0; j < 200; j++)
      for (let i = 0; i < 200; i++, n++) {
        const x = (i - 100) / 80, y = (j - 100) / 55;
        data[n] = x * x + y * y <= 1 ? 0.7 + 0.6 * r() : 0.02 * r();
      }
  paintSphere(geometry, data, { center: [330, 400, 1100], radius: 60 }, () => 1.8 + 0.4 * r()); // liver
  paintSphere(geometry, data, { center: [400, 400, 2300], radius: 70 }, () => 7 + 2 * r()); // brain
  paintSphere(geometry, data, { center: [400, 420, 450], radius: 35 }, () => 18 + 4 * r()); // bladder
  const lesions: Sphere[] = [];
  const vols = [100, 50, 30, 20, 10, 8, 5, 3, 2, 1, 1, 0.5];
  vols.forEach((ml, q) => {
    const s = { center: [250 + 40 * (q % 4), 320 + 30 * (q % 3), 700 + 100 * q] as const, radius: radiusForMl(ml) };
    lesions.push(s);
    paintSphere(geometry, data, s, () => 5 + 10 * r());
  });
  return { geometry, data, lesions };
}

/** 4 DWI volumes 256×256×40 (uint16) at b = 0, 500, 1000, 1500 s/mm² with ADC 0.5–3 ×10⁻³ mm²/s. */
export function makeDwi(): { images: Uint16Array[]; bValues: number[] } {
  const n = 256 * 256 * 40;
  const bValues = [0, 500, 1000, 1500];
  const r = rng(3);
  const adc = Float64Array.from({ length: n }, () => 0.5e-3 + 2.5e-3 * r());
  const images = bValues.map((b) => Uint16Array.from(adc, (d) => Math.round(1500 * Math.exp(-b * d) + 5 * r())));
  return { images, bValues };
}
