/** A file name stem from the cohort label only (never an identifier): "Arm A, 2026" → arm-a-2026-cohort. */
export function fileStem(label: string): string {
  const slug = label.normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // At most 80 characters of the label: a file name is capped at 255 bytes, and a long label is not a name.
  return `${slug.slice(0, 80).replace(/-$/, '') || 'caliper'}-cohort`;
}
