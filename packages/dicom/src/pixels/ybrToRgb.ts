// YCbCr → RGB as pydicom's pixel_array does by default (raw=False): YBR_FULL and YBR_FULL_422
// become RGB (PS3.3 C.7.6.3.1.2, ITU T.871 §7), computed in float32 and rounded as floor(x + 0.5).
const f = Math.fround;
const G_CB = f((-0.114 * 1.772) / 0.587);
const G_CR = f((-0.299 * 1.402) / 0.587);
const R_CR = f(1.402);
const B_CB = f(1.772);

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

/** In place, 8-bit interleaved Y Cb Cr triplets → R G B. */
export function ybrFullToRgb(data: Uint8Array): void {
  for (let i = 0; i + 2 < data.length; i += 3) {
    const y = data[i];
    const cb = data[i + 1] - 128;
    const cr = data[i + 2] - 128;
    data[i] = clamp(Math.floor(f(f(y + f(cr * R_CR)) + 0.5)));
    data[i + 1] = clamp(Math.floor(f(f(f(y + f(cb * G_CB)) + f(cr * G_CR)) + 0.5)));
    data[i + 2] = clamp(Math.floor(f(f(y + f(cb * B_CB)) + 0.5)));
  }
}

/**
 * Remove native YBR_FULL_422 horizontal subsampling (PS3.3 C.7.6.3.1.2: Y1 Y2 Cb Cr per pixel
 * pair) into full Y Cb Cr triplets: `src` holds rows × columns × 2 bytes, `out` rows × columns × 3.
 */
export function upsampleYbr422(src: Uint8Array, out: Uint8Array, rows: number, columns: number): void {
  let s = 0;
  let o = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c += 2) {
      const y1 = src[s];
      const y2 = src[s + 1];
      const cb = src[s + 2];
      const cr = src[s + 3];
      s += 4;
      out[o++] = y1;
      out[o++] = cb;
      out[o++] = cr;
      if (c + 1 < columns) {
        out[o++] = y2;
        out[o++] = cb;
        out[o++] = cr;
      }
    }
  }
}
