/** A baseline lesion as RECIST 1.1 selects targets: organ, nodal flag and its two axes (mm). */
export interface TargetCandidate {
  readonly id: string;
  readonly role: string;
  readonly organ: string;
  readonly nodal: boolean;
  readonly longMm: number;
  readonly shortMm: number;
}

/**
 * Why a baseline target selection breaks RECIST 1.1 (Eisenhauer 2009 §3.1, §4.2): at most 5 targets
 * and 2 per organ; a non-nodal target needs a long axis ≥ 10 mm (CT slice ≤ 5 mm), a nodal target
 * a short axis ≥ 15 mm. Returns one message per violation; empty when the selection is valid.
 */
export function checkRecistTargets(baseline: readonly TargetCandidate[]): string[] {
  const targets = baseline.filter((l) => l.role === 'target');
  const problems: string[] = [];
  if (targets.length > 5) problems.push(`${targets.length} targets (at most 5)`);
  const perOrgan = new Map<string, number>();
  for (const t of targets) perOrgan.set(t.organ, (perOrgan.get(t.organ) ?? 0) + 1);
  for (const [organ, n] of perOrgan) if (n > 2) problems.push(`${n} targets in ${organ} (at most 2 per organ)`);
  for (const t of targets) {
    if (t.nodal && t.shortMm < 15) problems.push(`${t.id}: node short axis ${t.shortMm.toFixed(1)} mm < 15 mm`);
    if (!t.nodal && t.longMm < 10) problems.push(`${t.id}: long axis ${t.longMm.toFixed(1)} mm < 10 mm`);
  }
  return problems;
}
