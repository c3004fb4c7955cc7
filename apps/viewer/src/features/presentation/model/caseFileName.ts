/**
 * A download's file name from the case label only (never an identifier): ("Case 3, lung",
 * "lesions.csv") → "case-3-lung-lesions.csv"; an empty label gives "case-…"; at most 80 characters of the label
 * (a 10 000-character label must not make a name the file system refuses).
 */
export const caseFileName = (label: string, suffix: string): string =>
  `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80).replace(/-$/, '') || 'case'}-${suffix}`;
