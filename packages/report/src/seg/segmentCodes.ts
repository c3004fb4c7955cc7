/** Segment category and type of a tumour segment (SNOMED CT), as the viewer and batch write them. */
export const SEGMENT_CATEGORY = { value: '49755003', scheme: 'SCT', meaning: 'Morphologically abnormal structure' };
export const SEGMENT_TYPE = { value: '108369006', scheme: 'SCT', meaning: 'Neoplasm' };
