import { calculateSUVScalingFactors } from '@cornerstonejs/calculate-suv';
import type { Result } from '@caliper/core';
import { err, ok } from '@caliper/core';
import { formatDicomDateTime } from './dicomDateTime';

export interface LibraryFactorInput {
  readonly units: 'BQML' | 'CNTS';
  readonly weightKg: number;
  readonly doseBq: number;
  readonly halfLifeS: number;
  /** Seconds between injection and the reference time (≥ 0; 0 for DecayCorrection ADMIN). */
  readonly decaySeconds: number;
  readonly philipsSuvScaleFactor?: number;
  readonly philipsActivityConcentrationScaleFactor?: number;
}

// Any fixed day works: the library only uses the difference between the two times.
const EPOCH = Date.UTC(2000, 0, 1) / 1000;

/**
 * SUVbw factor from @cornerstonejs/calculate-suv 1.1.0, fed with inputs we have already normalised
 * (dose in Bq, resolved injection and reference times, DECY asserted by us). Deviations:
 * - The library's TM parser drops leading zeros of fractional seconds (".05" becomes 0.5 s through
 *   `padEnd`), so it receives whole seconds and the sub-second decay 2^(frac/T½) is applied here.
 * - It warns on the console when PatientSize is missing; SUL/SUVbsa are computed elsewhere, so the
 *   warnings are silenced for the duration of the call.
 */
export function libraryBodyWeightFactor(input: LibraryFactorInput): Result<number, string> {
  const whole = Math.floor(input.decaySeconds);
  const frac = input.decaySeconds - whole;
  const inj = formatDicomDateTime(EPOCH);
  const ref = formatDicomDateTime(EPOCH + whole);
  const usesPhilipsSuv = input.units === 'CNTS' && !!input.philipsSuvScaleFactor;
  const warn = console.warn;
  try {
    console.warn = () => {};
    const [f] = calculateSUVScalingFactors([
      {
        Units: input.units,
        CorrectedImage: ['ATTN', 'DECY'],
        DecayCorrection: 'START',
        PatientWeight: input.weightKg,
        RadionuclideTotalDose: input.doseBq,
        RadionuclideHalfLife: input.halfLifeS,
        RadiopharmaceuticalStartDateTime: `${inj.date}${inj.time}`,
        SeriesDate: ref.date,
        SeriesTime: ref.time,
        AcquisitionDate: ref.date,
        AcquisitionTime: ref.time,
        PhilipsPETPrivateGroup: {
          SUVScaleFactor: input.philipsSuvScaleFactor,
          ActivityConcentrationScaleFactor: input.philipsActivityConcentrationScaleFactor,
        },
      },
    ]);
    const factor = usesPhilipsSuv ? f.suvbw : f.suvbw * Math.pow(2, frac / input.halfLifeS);
    return Number.isFinite(factor) && factor > 0 ? ok(factor) : err(`calculate-suv returned an unusable factor (${factor})`);
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  } finally {
    console.warn = warn;
  }
}
