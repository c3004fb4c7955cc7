/** A reference region's value for a visual-score proposal, SUVbw (the PET's unit). */
export interface ScoreReference {
  readonly mean: number;
  /** Needed only where a rule compares with the reference's SUVmax (Deauville score 5). */
  readonly max?: number;
}

/**
 * A score Caliper proposes for the reader to confirm (issue 14). `score` is null when a reference
 * the rule needs is missing: `missing` names it and `reason` says so — never a guessed score.
 */
export interface ScoreProposal<S extends number> {
  readonly score: S | null;
  /** The numbers compared, in words (SUVbw), e.g. "lesion SUVmax 5.60 ≥ 2 × liver SUVmax 2.80 = 5.60". */
  readonly reason: string;
  /** The convention applied, with its source. */
  readonly rule: string;
  /** References (or lesion values) needed and not given; empty when scored. */
  readonly missing: readonly string[];
}
