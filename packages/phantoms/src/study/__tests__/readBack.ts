import dicomParser from 'dicom-parser';

/** Independent re-reading of written files with dicom-parser (not the generator's arrays). */
export interface SliceRecord {
  readonly z: number;
  readonly x0: number;
  readonly y0: number;
  readonly rows: number;
  readonly columns: number;
  readonly pixelSpacing: [number, number];
  readonly slope: number;
  readonly intercept: number;
  readonly pixels: Uint16Array;
  readonly bValue: number | null;
  readonly ds: dicomParser.DataSet;
}

export function readSlice(bytes: Uint8Array): SliceRecord {
  const ds = dicomParser.parseDicom(bytes);
  const ipp = (ds.string('x00200032') ?? '').split('\\').map(Number);
  const ps = (ds.string('x00280030') ?? '').split('\\').map(Number) as [number, number];
  const px = ds.elements.x7fe00010;
  const rows = ds.uint16('x00280010') ?? 0;
  const columns = ds.uint16('x00280011') ?? 0;
  const copy = bytes.slice(px.dataOffset, px.dataOffset + rows * columns * 2);
  const bEl = ds.elements.x00189087;
  return {
    z: ipp[2],
    x0: ipp[0],
    y0: ipp[1],
    rows,
    columns,
    pixelSpacing: ps,
    slope: ds.floatString('x00281053') ?? 1,
    intercept: ds.floatString('x00281052') ?? 0,
    pixels: new Uint16Array(copy.buffer, 0, rows * columns),
    bValue: bEl ? ds.double('x00189087') ?? null : null,
    ds,
  };
}

/** Seconds since midnight of a DICOM TM (HHMMSS.frac). */
export function tmSeconds(tm: string): number {
  return Number(tm.slice(0, 2)) * 3600 + Number(tm.slice(2, 4)) * 60 + Number(tm.slice(4));
}
