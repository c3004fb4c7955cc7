import type { CaseSummary } from '../model/types';

/** How each number in the summary was obtained (printed on the PDF's last page). */
export function methodsOf(summary: CaseSummary): string[] {
  const q = summary.quantity;
  return [
    `Response categories: ${summary.criteria} as implemented by Caliper's packages/response (rules, papers and documented choices: docs/response-criteria.md); each category lists the rule that decided it.`,
    `${q.label} (${q.unit}): the criterion's quantity per timepoint, computed in fixed-point integers; % changes vs baseline and vs nadir are rounded to 0.1 % half away from zero (50 -> 35 mm is exactly -30.0 %).`,
    `Per-lesion value and % change: the lesion's contribution to that quantity (RECIST: long axis, lymph nodes short axis) vs its own baseline value, same rounding. Spider and waterfall plots show target lesions with a measured baseline value only; nadir = the smallest ${q.label.toLowerCase()}, baseline included.`,
    'Long / short axis (mm): RECIST bidirectional as drawn by the reader or auto-RECIST from the lesion segmentation (largest in-plane axis and its perpendicular).',
    'Volume (mL): voxel count of the lesion segmentation x voxel volume.',
    'SULpeak (SUL): SUVbw peak (1 cm3 sphere) x lean body mass (Janmahasatian) / body weight. SUVmax (SUVbw): hottest voxel, body-weight SUV from the PET header.',
    'ADC mean (10^-3 mm2/s): mean over the ROI of the log-linear least-squares fit over all b-values. Mean density (HU): mean over the ROI.',
    'Biomarker trends are exploratory: no response criterion uses them.',
  ];
}
