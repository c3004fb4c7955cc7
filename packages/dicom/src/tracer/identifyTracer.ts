import type { CodedConcept, NuclideEntry, TracerEntry, TracerFamily } from './tracerTable';
import { normaliseName, NUCLIDES, TRACERS } from './tracerTable';
import type { RadiopharmaceuticalTags } from './readRadiopharmaceutical';

/** The `tracer` object of `caliper info` and `caliper burden` (issue 14). */
export interface Tracer {
  /** Table name (FDG, PSMA-11, DCFPyL, PSMA-1007, FMISO, FAZA, DOTATATE); else the free text; else the code meaning; else null. */
  readonly name: string | null;
  /** The header's Radiopharmaceutical Code Sequence item, else the table's code, else null. */
  readonly code: CodedConcept | null;
  /** 'F-18' | 'Ga-68' when recognised, else the header's own text; null when unknown. */
  readonly nuclide: string | null;
  /** RadionuclideHalfLife (0018,1075) as written in the header, s (the value SUV decay uses). */
  readonly halfLifeS: number | null;
  readonly warnings: readonly string[];
}

/** A nominal half-life differing from the header's by more than this fraction is a warning. */
export const HALF_LIFE_TOLERANCE = 0.01;

const sameCode = (a: CodedConcept, b: CodedConcept): boolean =>
  a.value.trim().toUpperCase() === b.value.trim().toUpperCase() && a.scheme.trim().toUpperCase() === b.scheme.trim().toUpperCase();

const byCode = <T extends { codes: readonly CodedConcept[] }>(table: readonly T[], c: CodedConcept | undefined): T | undefined =>
  c ? table.find((t) => t.codes.some((k) => sameCode(k, c))) : undefined;

/** The tracer whose longest alias occurs in the text (case-, space- and punctuation-insensitive). */
function tracerByText(s: string | undefined): TracerEntry | undefined {
  if (!s) return undefined;
  const n = normaliseName(s);
  let best: TracerEntry | undefined, bestLen = 0;
  for (const t of TRACERS)
    for (const a of t.aliases) {
      const na = normaliseName(a);
      if (na.length > bestLen && n.includes(na)) {
        best = t;
        bestLen = na.length;
      }
    }
  return best;
}

const nuclideByText = (s: string | undefined): NuclideEntry | undefined =>
  s ? NUCLIDES.find((u) => u.aliases.some((a) => normaliseName(a) === normaliseName(s))) : undefined;

/**
 * Identifies the tracer from the codes, else the free text (issue 14's table): PSMA-11 and
 * PSMA-1007 are different tracers. Warnings: the header half-life differs from the nuclide's
 * nominal one by more than 1 % (SUV still uses the header value); the code and the text name
 * different tracers; the nuclide is not the tracer's.
 */
export function identifyTracer(tags: RadiopharmaceuticalTags): Tracer {
  const warnings: string[] = [];
  const fromCode = byCode(TRACERS, tags.radiopharmaceuticalCode);
  const fromText = tracerByText(tags.radiopharmaceutical);
  const entry = fromCode ?? fromText;
  if (fromCode && fromText && fromCode !== fromText) {
    const c = tags.radiopharmaceuticalCode!;
    warnings.push(`radiopharmaceutical code ${c.scheme} ${c.value} (${fromCode.name}) and text '${tags.radiopharmaceutical}' (${fromText.name}) disagree; the code is used`);
  }
  const name = entry?.name ?? tags.radiopharmaceutical ?? (tags.radiopharmaceuticalCode?.meaning || null);
  const code = tags.radiopharmaceuticalCode ?? entry?.codes[0] ?? null;

  // Nuclide: (0054,0300) (code, else its meaning), else the retired text (0018,0030), else the tracer's.
  const nc = tags.radionuclideCode;
  let nuc: NuclideEntry | undefined;
  let nuclide: string | null = null;
  if (nc) {
    nuc = byCode(NUCLIDES, nc) ?? nuclideByText(nc.meaning);
    nuclide = nuc?.name ?? (nc.meaning || `${nc.scheme} ${nc.value}`);
  } else if (tags.radionuclide) {
    nuc = nuclideByText(tags.radionuclide);
    nuclide = nuc?.name ?? tags.radionuclide;
  } else if (entry) {
    nuc = NUCLIDES.find((u) => u.name === entry.nuclide);
    nuclide = entry.nuclide;
  }
  if (entry && nuclide !== null && nuclide !== entry.nuclide) warnings.push(`nuclide ${nuclide} is not ${entry.name}'s (${entry.nuclide})`);

  const halfLifeS = tags.halfLifeS ?? null;
  if (nuc && halfLifeS !== null && Math.abs(halfLifeS - nuc.halfLifeS) > HALF_LIFE_TOLERANCE * nuc.halfLifeS) {
    const pct = ((halfLifeS - nuc.halfLifeS) / nuc.halfLifeS) * 100;
    warnings.push(`header half-life ${halfLifeS} s differs from ${nuc.name}'s nominal ${nuc.halfLifeS} s by ${pct.toFixed(1)} % (> 1 %); SUV decay uses the header value`);
  }
  return { name, code, nuclide, halfLifeS, warnings };
}

/**
 * The family that decides physiological uptake and thresholds: from the table entry, else 'PSMA'
 * when the text mentions PSMA (e.g. "Ga68-PSMA" without the ligand), else 'FDG' when nothing is
 * known (the commonest PET tracer; callers say so in their notes).
 */
export function tracerFamily(tracer: Pick<Tracer, 'name' | 'code'>): { family: TracerFamily; known: boolean } {
  const entry = byCode(TRACERS, tracer.code ?? undefined) ?? TRACERS.find((t) => t.name === tracer.name) ?? tracerByText(tracer.name ?? undefined);
  if (entry) return { family: entry.family, known: true };
  if (tracer.name && normaliseName(tracer.name).includes('psma')) return { family: 'PSMA', known: true };
  return { family: 'FDG', known: false };
}
