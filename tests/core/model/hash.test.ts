import { afterEach, describe, expect, it } from 'vitest';
import { installNodeSha256 } from '../../../cli/native-hash';
import { contentHash, contentHashAsync, setSha256 } from '../../../core/model/hash';

const TEXTS: [string, string][] = [
  ['empty', ''],
  ['ASCII', 'abc'],
  ['accents and dashes', 'Le café du port — fermé à 18 h.'],
  ['astral characters', 'Tally 🚑 x3, ferry ⛴ delayed'],
  ['a long text', 'The depot logged forty crossings before dawn. '.repeat(20_000)],
];

afterEach(() => setSha256(null));

describe('content hash', () => {
  it('is SHA-256 of the UTF-8 bytes, as hex', () => {
    expect(contentHash('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it.each(TEXTS)(
    'gives the same answer natively, async and plugged in (%s)',
    async (_name, text) => {
      const portable = contentHash(text);
      expect(await contentHashAsync(text)).toBe(portable);
      // The async answer is remembered: the synchronous call returns it without recomputing.
      setSha256(() => 'not used');
      expect(contentHash(text)).toBe(portable);
      installNodeSha256();
      expect(contentHash(`${text}.`)).toBe(await contentHashAsync(`${text}.`));
    },
  );

  it('uses the plugged-in digest for texts not hashed ahead', () => {
    setSha256((text) => `len${text.length}`);
    expect(contentHash('never hashed before, surely')).toBe('sha256:len27');
  });
});
