import { describe, expect, it } from 'vitest';
import { exportReading } from '@caliper/report';
import { longitudinalContext, longitudinalReading, studyUid } from '@caliper/report/fixtures/longitudinalReadings';
import type { PacsLookup } from '../membersFromPacs';
import { membersFromPacs } from '../membersFromPacs';

const srOf = (t: number) => exportReading(longitudinalReading(t), longitudinalContext(t)).sr;
/** A PACS holding the fixture patient's three studies, each with its SR; "DOWN" fails like an offline server. */
const pacs: PacsLookup = {
  async studiesOf(id) {
    if (id === 'DOWN') throw new Error('Looking for a saved reading on the PACS failed: HTTP 503 server error at the PACS');
    return id === 'CAL-LONG-1' ? [0, 1, 2].map((t) => ({ studyInstanceUID: studyUid(t) })) : id === 'NO-SR' ? [{ studyInstanceUID: '2.25.1' }] : [];
  },
  async srsOf(uid) {
    const t = [0, 1, 2].find((k) => studyUid(k) === uid);
    return t === undefined ? [] : [srOf(t)];
  },
};

describe('membersFromPacs', () => {
  it('one patient per ID from its SRs; PACS errors and patients without SRs are theirs alone', async () => {
    const done: number[] = [];
    const ms = await membersFromPacs(['CAL-LONG-1', 'UNKNOWN', 'NO-SR', 'DOWN'], pacs, (n) => done.push(n));
    expect(done).toEqual([1, 2, 3, 4]);
    expect(ms[0]).toMatchObject({ source: 'pacs', files: ['pacs-sr-1.dcm', 'pacs-sr-2.dcm', 'pacs-sr-3.dcm'], input: { kind: 'timeline' } });
    expect(ms.slice(1).map((m) => (m.input.kind === 'error' ? m.input.reason : m.input.kind))).toEqual([
      'no studies of this patient on the PACS',
      "no SR (saved reading) in this patient's 1 study on the PACS",
      'PACS: Looking for a saved reading on the PACS failed: HTTP 503 server error at the PACS',
    ]);
    expect(JSON.stringify(ms.map((m) => [m.files, m.input.kind === 'error' ? m.input.reason : '']))).not.toMatch(/CAL-LONG-1|NO-SR|UNKNOWN/);
  });
});
