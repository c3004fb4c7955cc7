import { describe, expect, it } from 'vitest';
import dicomParser from 'dicom-parser';
import { writePart10 } from '../../__fixtures__/writeDicom';
import { str } from '../readTags';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A data set with Specific Character Set `charset` (none when null) and PatientName / StudyDescription as raw bytes. */
function dataSet(charset: string | null, name: Uint8Array, description: Uint8Array) {
  const bytes = writePart10([
    ...(charset !== null ? [{ tag: 0x00080005, vr: 'CS', value: charset }] : []),
    { tag: 0x00080016, vr: 'UI', value: '1.2.840.10008.5.1.4.1.1.2' },
    { tag: 0x00080018, vr: 'UI', value: '1.2.3' },
    { tag: 0x00081030, vr: 'LO', value: description },
    { tag: 0x00100010, vr: 'PN', value: name },
  ]);
  return dicomParser.parseDicom(bytes);
}

describe('str decodes text with the Specific Character Set (0008,0005)', () => {
  it('ISO_IR 192 (UTF-8): "Müller^Anna" and a Greek description read as written, not as mojibake', () => {
    const ds = dataSet('ISO_IR 192', utf8('Müller^Anna'), utf8('Θώρακας CT '));
    expect(str(ds, 'x00100010')).toBe('Müller^Anna');
    expect(str(ds, 'x00081030')).toBe('Θώρακας CT');
  });

  it('ISO_IR 100 (Latin-1): byte 0xFC is ü; ISO_IR 144 (Cyrillic): 0xBF 0xD5 0xE2 0xE0 0xDE 0xD2 is Петров', () => {
    const latin = dataSet('ISO_IR 100', Uint8Array.from([0x4d, 0xfc, ...utf8('ller^Anna')]), utf8('CT'));
    expect(str(latin, 'x00100010')).toBe('Müller^Anna');
    const cyr = dataSet('ISO_IR 144', Uint8Array.from([0xbf, 0xd5, 0xe2, 0xe0, 0xde, 0xd2]), utf8('CT'));
    expect(str(cyr, 'x00100010')).toBe('Петров');
  });

  it('no character set (default repertoire) and ISO 2022 code extensions keep the byte reading', () => {
    expect(str(dataSet(null, utf8('Doe^John'), utf8('CT')), 'x00100010')).toBe('Doe^John');
    const iso2022 = dataSet('ISO 2022 IR 6\\ISO 2022 IR 87', utf8('Yamada^Tarou'), utf8('CT'));
    expect(str(iso2022, 'x00100010')).toBe('Yamada^Tarou');
  });
});
