import type { CriteriaName, Timeline } from '@caliper/response';
import type { TimepointValues } from '../model/longitudinalSchema';
import type { Lesion } from '../model/schema';
import type { BurdenSummary } from '../burden/burdenTimepointValues';

/** One study's reading as the timeline builder needs it, from a saved reading or an SR file. */
export interface TimepointSource {
  /** Named in errors: the SR file name, or "reading of study <uid>". */
  readonly label: string;
  readonly patientId: string;
  readonly issuer?: string;
  readonly studyInstanceUID: string;
  /** YYYY-MM-DD */
  readonly studyDate: string;
  /** When this reading was saved (ISO instant): of several readings of one study the latest counts. */
  readonly savedAt: string;
  /** The reading's own longitudinal settings, when it has them (Caliper's SRs and readings). */
  readonly criteria?: CriteriaName;
  readonly baselineStudyInstanceUID?: string;
  readonly excludedStudyInstanceUIDs: readonly string[];
  readonly timepointValues?: TimepointValues;
  readonly lesions: readonly Lesion[];
  /** The study's whole-body PET burden (its PSMA-TV, confirmed Deauville, hottest SULpeak), when it has one. */
  readonly burden?: BurdenSummary;
}

/** The timeline `caliper response` assesses, or why it cannot be built (naming the file or study). */
export type TimelineResult = { readonly ok: true; readonly timeline: Timeline } | { readonly ok: false; readonly error: string };
