/**
 * sRGB (0..255) ↔ DICOM scaled CIELab (PS3.3 C.10.7.1.1: L 0..100, a and b -128..127 scaled to
 * 0..65535), D65 white, IEC 61966-2-1 transfer function.
 */
const WHITE = [0.95047, 1, 1.08883] as const;
const EPS = 216 / 24389;
const KAPPA = 24389 / 27;

export function srgbToDicomLab(rgb: readonly [number, number, number]): [number, number, number] {
  const lin = rgb.map((v) => {
    const x = v / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  const xyz = [
    0.4124564 * lin[0] + 0.3575761 * lin[1] + 0.1804375 * lin[2],
    0.2126729 * lin[0] + 0.7151522 * lin[1] + 0.072175 * lin[2],
    0.0193339 * lin[0] + 0.119192 * lin[1] + 0.9503041 * lin[2],
  ].map((v, a) => v / WHITE[a]);
  const f = (t: number) => (t > EPS ? Math.cbrt(t) : (KAPPA * t + 16) / 116);
  const [fx, fy, fz] = xyz.map(f);
  const L = 116 * fy - 16, A = 500 * (fx - fy), B = 200 * (fy - fz);
  return [scale(L / 100), scale((A + 128) / 255), scale((B + 128) / 255)];
}

export function dicomLabToSrgb(lab: readonly number[]): [number, number, number] {
  const L = (lab[0] / 65535) * 100, A = (lab[1] / 65535) * 255 - 128, B = (lab[2] / 65535) * 255 - 128;
  const fy = (L + 16) / 116, fx = fy + A / 500, fz = fy - B / 200;
  const inv = (t: number) => (t ** 3 > EPS ? t ** 3 : (116 * t - 16) / KAPPA);
  const [x, y, z] = [inv(fx), inv(fy), inv(fz)].map((v, a) => v * WHITE[a]);
  const lin = [
    3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
    -0.969266 * x + 1.8760108 * y + 0.041556 * z,
    0.0556434 * x - 0.2040259 * y + 1.0572252 * z,
  ];
  const out = lin.map((v) => {
    const c = Math.min(1, Math.max(0, v));
    const s = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
    return Math.round(s * 255);
  });
  return [out[0], out[1], out[2]];
}

const scale = (t: number): number => Math.min(65535, Math.max(0, Math.round(t * 65535)));
