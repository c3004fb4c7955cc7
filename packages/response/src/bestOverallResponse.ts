import type { BestOverallResponse } from './types';

type Klass = 'CR' | 'PR' | 'SD' | 'PD' | 'NE' | 'UPD' | 'CPD';

/** Each criterion's category in the common ranking (contract: SD = NON-CR/NON-PD, SMD, NMR, SD-RECIP). */
const CLASS: Record<string, Klass> = {
  CR: 'CR', CMR: 'CR', 'CR-RECIP': 'CR', iCR: 'CR',
  PR: 'PR', PMR: 'PR', 'PR-RECIP': 'PR', iPR: 'PR',
  SD: 'SD', 'NON-CR/NON-PD': 'SD', SMD: 'SD', NMR: 'SD', 'SD-RECIP': 'SD', iSD: 'SD', 'NON-iCR/NON-iUPD': 'SD',
  PD: 'PD', PMD: 'PD', 'PD-RECIP': 'PD',
  iUPD: 'UPD', iCPD: 'CPD',
  NE: 'NE',
};

const RANK: Record<Klass, number> = { CR: 6, PR: 5, SD: 4, CPD: 3, PD: 3, UPD: 2, NE: 1 };

/** RECIST 1.1 §4.4.1: a confirming assessment at least 4 weeks after the response. */
export const CONFIRM_MIN_DAYS = 28;

export interface Assessment {
  date: string;
  daysFromBaseline: number;
  response: string;
}

export interface BorOptions {
  /** Anatomic criteria: SD needs sdMinDays, CR/PR may need confirmation. PET: neither. */
  anatomic: boolean;
  confirm: boolean;
  sdMinDays: number;
  /** iRECIST labels (iSD for a demoted response) and iCPD as the end point. */
  irecist: boolean;
}

export function classOf(response: string): Klass {
  return CLASS[response] ?? 'NE';
}

/**
 * Best overall response (RECIST 1.1 §4.4; Table 3 for confirmation): the best category over the
 * follow-ups up to the first PD (PMD, PD-RECIP; iRECIST: iCPD, responses after an unconfirmed iUPD
 * count). Anatomic criteria: an SD counts only ≥ sdMinDays after baseline; with confirmation, a CR
 * (PR) counts only when an assessment ≥ 28 days later is CR (CR or PR) with only CR/PR between,
 * else it counts as SD. With nothing counted: PD if a PD follows, else NE.
 */
export function bestOverallResponse(assessments: readonly Assessment[], options: BorOptions): BestOverallResponse {
  const end = assessments.findIndex((a) => (options.irecist ? classOf(a.response) === 'CPD' : classOf(a.response) === 'PD'));
  const window = end === -1 ? assessments : assessments.slice(0, end + 1);
  let best: { klass: Klass; label: string; a: Assessment; confirmed: boolean; reasons: string[] } | null = null;
  window.forEach((a, i) => {
    let klass = classOf(a.response);
    let label = a.response;
    let confirmed = false;
    const reasons: string[] = [];
    if (options.anatomic && options.confirm && (klass === 'CR' || klass === 'PR')) {
      const by = confirmation(window, i, klass);
      if (by) {
        confirmed = true;
        reasons.push(`${a.response} on ${a.date} confirmed by ${by.response} on ${by.date} (≥ ${CONFIRM_MIN_DAYS} days later)`);
      } else {
        reasons.push(`${a.response} on ${a.date} not confirmed by a CR${klass === 'PR' ? '/PR' : ''} ≥ ${CONFIRM_MIN_DAYS} days later: counted as SD`);
        klass = 'SD';
        label = options.irecist ? 'iSD' : 'SD';
      }
    }
    if (options.anatomic && klass === 'SD' && a.daysFromBaseline < options.sdMinDays) return;
    if (klass === 'SD' && reasons.length === 0) reasons.push(`${label} on ${a.date} (day ${a.daysFromBaseline}${options.anatomic ? `, ≥ ${options.sdMinDays} days after baseline` : ''})`);
    if (reasons.length === 0) reasons.push(`${label} on ${a.date}`);
    if (!best || RANK[klass] > RANK[best.klass]) best = { klass, label, a, confirmed, reasons };
  });
  if (!best) return { response: 'NE', date: null, confirmed: false, reasons: assessments.length ? ['no evaluable response'] : ['no follow-up assessment'] };
  const b = best as { klass: Klass; label: string; a: Assessment; confirmed: boolean; reasons: string[] };
  return { response: b.label, date: b.a.date, confirmed: b.confirmed, reasons: b.reasons };
}

/** The assessment confirming window[i] (class CR or PR), if any. */
function confirmation(window: readonly Assessment[], i: number, klass: Klass): Assessment | null {
  const a = window[i];
  for (let j = i + 1; j < window.length; j++) {
    const c = classOf(window[j].response);
    if (c !== 'CR' && c !== 'PR') return null;
    if (window[j].daysFromBaseline - a.daysFromBaseline >= CONFIRM_MIN_DAYS && (c === 'CR' || klass === 'PR')) return window[j];
  }
  return null;
}
