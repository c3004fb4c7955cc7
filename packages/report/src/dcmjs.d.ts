// Minimal typings for the parts of dcmjs 0.52 this package uses (dcmjs ships no .d.ts).
declare module 'dcmjs' {
  export type NaturalDataset = Record<string, any>;
  export class DicomDict {
    constructor(meta: Record<string, unknown>);
    meta: Record<string, unknown>;
    dict: Record<string, unknown>;
    write(options?: Record<string, unknown>): ArrayBuffer;
  }
  export const data: {
    DicomDict: typeof DicomDict;
    DicomMessage: {
      readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): { meta: Record<string, unknown>; dict: Record<string, unknown> };
    };
    DicomMetaDictionary: {
      naturalizeDataset(dict: Record<string, unknown>): NaturalDataset;
      denaturalizeDataset(ds: NaturalDataset): Record<string, unknown>;
      uid(): string;
    };
  };
  /** The Cornerstone writers OHIF uses (tests write foreign objects with them). */
  export const adapters: {
    Cornerstone: {
      Segmentation: { generateSegmentation(images: readonly unknown[], labelmaps3D: unknown, options?: Record<string, unknown>): Blob };
    };
    Cornerstone3D: {
      MeasurementReport: {
        generateReport(toolState: unknown, metadataProvider: unknown, worldToImageCoords: (imageId: string, point: number[]) => number[], options?: Record<string, unknown>): { dataset: NaturalDataset };
      };
    };
  };
  const dcmjs: { data: typeof data; adapters: typeof adapters };
  export default dcmjs;
}
