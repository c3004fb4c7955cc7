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
  const dcmjs: { data: typeof data };
  export default dcmjs;
}
