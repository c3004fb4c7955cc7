import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROTOCOLS } from '../builtInProtocols';
import { decideAutoHanging, hangingKeyOf } from '../decideAutoHanging';
import { rankProtocols } from '../planHanging';
import { ctx, demoStudy, only } from './demoStudies';

const keyOf = (c: Parameters<typeof rankProtocols>[1]) => hangingKeyOf(rankProtocols(BUILT_IN_PROTOCOLS, c)[0].plan);
const base = { readerActed: false, complete: false, missingModalities: [] as string[] };

describe('when a study the reader opened gets its hanging', () => {
  const baseline = demoStudy('1.1');
  const ctOnly = keyOf(ctx('1.1', only(baseline, 'CT')));
  const petct = keyOf(ctx('1.1', only(baseline, 'CT', 'PT')));

  it('the keys name the protocol and each pane series (CT alone → MPR; with its PET → PET/CT 2×2)', () => {
    expect(ctOnly).toBe('ct-mpr|1.1.2+|1.1.2+|1.1.2+');
    expect(petct).toBe('petct|1.1.2+|1.1.2+1.1.3|1.1.3+|1.1.3+');
  });

  it('files read (complete): arranged at once, then nothing more', () => {
    expect(decideAutoHanging({ ...base, complete: true, best: petct })).toBe('apply');
    expect(decideAutoHanging({ ...base, complete: true, best: petct, applied: petct })).toBe('stop');
  });

  it('a retrieve still listing series: waits for the announced PT before arranging the CT alone', () => {
    expect(decideAutoHanging({ ...base, best: ctOnly, missingModalities: ['PT'] })).toBe('wait');
    expect(decideAutoHanging({ ...base, best: petct })).toBe('apply');
    // Same series again (another MR arrives that no pane shows): nothing to redo.
    expect(decideAutoHanging({ ...base, best: petct, applied: petct })).toBe('wait');
  });

  it('the announced modality never arrives (retrieve failed): the complete open is arranged with what it has', () => {
    expect(decideAutoHanging({ ...base, complete: true, best: ctOnly, missingModalities: ['PT'] })).toBe('apply');
  });

  it('a series arriving after the hanging re-arranges it while the reader has not acted', () => {
    expect(decideAutoHanging({ ...base, best: petct, applied: ctOnly })).toBe('apply');
    expect(decideAutoHanging({ ...base, complete: true, best: petct, applied: ctOnly })).toBe('apply');
  });

  it('never over a reader who changed the layout or opened a series meanwhile', () => {
    expect(decideAutoHanging({ ...base, readerActed: true, best: petct, applied: ctOnly })).toBe('stop');
    expect(decideAutoHanging({ ...base, readerActed: true, complete: true, best: petct, applied: ctOnly })).toBe('stop');
    // Even before the first hanging went up (the reader opened a series while the files were read).
    expect(decideAutoHanging({ ...base, readerActed: true, complete: true, best: petct })).toBe('stop');
  });

  it('no protocol fits yet: waits while listing, stops when complete', () => {
    expect(decideAutoHanging({ ...base })).toBe('wait');
    expect(decideAutoHanging({ ...base, complete: true })).toBe('stop');
  });

  it('a prior of the patient loaded: the follow-up opens prior | current', () => {
    const follow1 = demoStudy('1.2');
    expect(keyOf(ctx('1.2', follow1, { study: '1.1', series: baseline }))).toBe('prior-current|1.1.2+|1.2.2+');
  });
});
