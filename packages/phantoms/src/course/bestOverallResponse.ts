import type { RecistCategory } from './recistResponse';

export interface ScoredFollowUp<C extends string> {
  readonly response: C;
  /** Days since baseline. */
  readonly day: number;
}

export interface BestRecistOptions {
  /** RECIST 1.1 Table 3: CR/PR count only when the next assessment ≥ confirmDays later agrees. */
  readonly confirm: boolean;
  /** Minimum days from baseline for SD to count (protocol-defined; 42 = 6 weeks is common). */
  readonly sdMinDays: number;
  readonly confirmDays: number;
}

const RANK: Record<RecistCategory, number> = { PD: 1, SD: 2, PR: 3, CR: 4 };

/**
 * RECIST 1.1 best overall response (Eisenhauer 2009 §4.4, Table 3) over follow-ups in date order,
 * up to the first PD. Unconfirmed CR/PR (when confirm is on) and early SD fall back to SD when
 * the SD minimum is met, else do not count; 'NE' when nothing counts and there is no PD.
 */
export function bestOverallRecist(followUps: readonly ScoredFollowUp<RecistCategory>[], o: BestRecistOptions): RecistCategory | 'NE' {
  let best: RecistCategory | 'NE' = 'NE';
  const better = (c: RecistCategory) => {
    if (best === 'NE' || RANK[c] > RANK[best]) best = c;
  };
  for (let i = 0; i < followUps.length; i++) {
    const f = followUps[i];
    if (f.response === 'PD') {
      better('PD');
      break;
    }
    let r = f.response;
    if (o.confirm && (r === 'CR' || r === 'PR')) {
      const next = followUps.slice(i + 1).find((n) => n.day - f.day >= o.confirmDays);
      const agrees = next !== undefined && (next.response === 'CR' || (r === 'PR' && next.response === 'PR'));
      if (!agrees) r = 'SD';
    }
    if (r !== 'SD' || f.day >= o.sdMinDays) better(r);
  }
  return best;
}

const PERCIST_RANK = { PMD: 1, SMD: 2, PMR: 3, CMR: 4 } as const;

/** PERCIST 1.0 best response: the best follow-up category (CMR > PMR > SMD > PMD), up to the first PMD. */
export function bestOverallPercist(followUps: readonly (keyof typeof PERCIST_RANK)[]): keyof typeof PERCIST_RANK | 'NE' {
  let best: keyof typeof PERCIST_RANK | 'NE' = 'NE';
  for (const r of followUps) {
    if (best === 'NE' || PERCIST_RANK[r] > PERCIST_RANK[best]) best = r;
    if (r === 'PMD') break;
  }
  return best;
}
