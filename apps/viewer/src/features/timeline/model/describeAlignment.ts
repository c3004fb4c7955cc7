import type { AlignmentRecord } from './alignmentRecord';

/** Rotation angle (degrees) of a rigid transform: θ = acos((trace R − 1) / 2). */
export function rotationDegrees(r: readonly number[]): number {
  const c = Math.min(1, Math.max(-1, (r[0] + r[4] + r[8] - 1) / 2));
  return (Math.acos(c) * 180) / Math.PI;
}

const mm = (t: readonly number[]) => `(${t.map((v) => v.toFixed(1)).join(', ')}) mm`;

/** One line for the reader: how prior and current are aligned (translation in LPS mm). */
export function describeAlignment(a: Pick<AlignmentRecord, 'method' | 'transform'>): { label: string; title: string } {
  const t = mm(a.transform.translationMm);
  const rot = rotationDegrees(a.transform.rotation);
  const rotText = rot >= 0.05 ? `, rotation ${rot.toFixed(1)}°` : '';
  switch (a.method) {
    case 'same-frame':
      return { label: 'Same frame of reference', title: 'Both series share a FrameOfReferenceUID: slices and views are matched by patient position directly.' };
    case 'series-centre':
      return { label: `Series centres ${t}`, title: `Different frames of reference: the current is mapped onto the prior by the translation that superimposes the two series' centres, ${t} (current LPS → prior LPS). Correct it with one landmark pair if the anatomy does not line up.` };
    case 'registration':
      return { label: `Rigid registration ${t}${rotText}`, title: `Different frames of reference: rigid registration current → prior, translation ${t}${rotText}.` };
    case 'landmark':
      return { label: `Landmark-corrected ${t}${rotText}`, title: `The reader marked the same anatomy in both studies; translation ${t}${rotText} (current LPS → prior LPS), saved with the reading.` };
  }
}
