import { describe, expect, it } from 'vitest';
import { sourceFromDocx } from '../../../core/import/docx';
import { makeDocx, makeZip } from './fixtures';

const NOW = '2024-04-01T10:00:00.000Z';
const context = { id: 'memo', now: NOW, name: 'memo.docx' };

describe('sourceFromDocx (mammoth -> HTML importer)', () => {
  it('keeps headings and paragraphs, title from the first heading', async () => {
    const bytes = await makeDocx([
      { text: 'Termez rocket attack', style: 'Heading1' },
      { text: 'Two rockets hit Termez on 18 April, officials said.' },
      { text: '' },
      { text: 'Casualties', style: 'Heading2' },
      { text: 'Nobody was hurt & no damage was reported.' },
    ]);
    const result = await sourceFromDocx(bytes, context);
    if (!result.ok) throw new Error(result.error);
    const source = result.value;
    expect(source.blocks.map((b) => `${b.kind}:${source.text.slice(b.start, b.end)}`)).toEqual([
      'heading:Termez rocket attack',
      'paragraph:Two rockets hit Termez on 18 April, officials said.',
      'heading:Casualties',
      'paragraph:Nobody was hurt & no damage was reported.',
    ]);
    expect(source.metadata).toEqual({
      title: 'Termez rocket attack',
      titleAssigned: true,
      capture: 'docx',
      language: 'en',
      published: null,
      captured: '2024-04-01',
    });
  });

  it('does not treat markup-like text in Word as markup', async () => {
    const bytes = await makeDocx([{ text: '<script>alert(1)</script> is only text here.' }]);
    const result = await sourceFromDocx(bytes, context);
    expect(result.ok && result.value.text).toBe('<script>alert(1)</script> is only text here.');
  });

  it.each<[string, () => Promise<Uint8Array>, RegExp]>([
    ['a zip that is not a Word document', makeZip, /memo\.docx is not a readable Word document/],
    [
      'bytes that are not a zip',
      () => Promise.resolve(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      /memo\.docx is not a readable Word document/,
    ],
    ['a document without text', () => makeDocx([{ text: '' }]), /memo\.docx has no readable text/],
  ])('%s is a readable error', async (_name, make, message) => {
    const result = await sourceFromDocx(await make(), context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
