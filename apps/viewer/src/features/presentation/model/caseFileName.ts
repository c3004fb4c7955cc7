/**
 * A download's file name from the case label only (never an identifier): ("Case 3, lung",
 * "lesions.csv") → "case-3-lung-lesions.csv"; an empty label gives "case-…".
 */
export const caseFileName = (label: string, suffix: string): string =>
  `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'case'}-${suffix}`;
