import { createRequire } from 'node:module';

/** The slice of dcmjs 0.52 this package uses (dcmjs ships no typings; loaded via require so no ambient module is needed). */
export interface DcmjsApi {
  data: {
    DicomDict: new (meta: Record<string, unknown>) => { dict: Record<string, unknown>; write(options?: Record<string, unknown>): ArrayBuffer };
    DicomMessage: {
      readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): { meta: Record<string, unknown>; dict: Record<string, unknown> };
    };
    DicomMetaDictionary: { naturalizeDataset(dict: Record<string, unknown>): Record<string, any> };
  };
}

export const dcmjsApi: DcmjsApi = createRequire(import.meta.url)('dcmjs') as DcmjsApi;
