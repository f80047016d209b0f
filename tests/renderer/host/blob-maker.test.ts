import { afterEach, describe, expect, it, vi } from 'vitest';
import { textParts } from '../../../renderer/host/blob-maker';
import { createBlobAssembler, type BlobRequest } from '../../../renderer/workers/blob-parts';

type Behaviour = 'answers' | 'fails' | 'cannot clone' | 'cannot start';

/**
 * A stand-in for the browser's Worker that answers with the Blob worker's own assembler, or
 * fails in one of the ways a worker can; it records the parts it was sent.
 */
function fakeWorker(behaviour: Behaviour) {
  const sent: string[] = [];
  const assemble = createBlobAssembler();
  class FakeWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    onerror: ((event: { preventDefault: () => void }) => void) | null = null;
    constructor() {
      if (behaviour === 'cannot start') throw new Error('workers are blocked');
    }
    postMessage(request: BlobRequest) {
      sent.push(request.part);
      // Answered before the page's next turn, as a worker's quick answer or failure would be.
      queueMicrotask(() => {
        const reply = assemble(request);
        if (behaviour === 'answers' && reply) this.onmessage?.({ data: reply });
        if (behaviour === 'fails' && request.last)
          this.onerror?.({ preventDefault: () => undefined });
        if (behaviour === 'cannot clone') this.onmessageerror?.();
      });
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

// Longer than one part (several messages), with characters outside the BMP to cut around.
const LONG = `{"claims": [${'"Les crues ont atteint 4,2 m — ’quote’ 𝄞", '.repeat(40_000)}""]}`;
const SHORT = '{"name": "Relevés du 3 mai"}';

describe('makeBlob gives the text as UTF-8, wherever it was made', () => {
  it.each([
    // The long text goes over in two parts; after a failure nothing more is sent.
    ['a worker that answers', 'answers', 2],
    ['a worker that fails at the end', 'fails', 2],
    ['a worker whose messages cannot be cloned', 'cannot clone', 1],
    ['a worker that cannot start', 'cannot start', 0],
  ] as const)('%s', async (_name, behaviour, messages) => {
    const sent = fakeWorker(behaviour);
    const { makeBlob } = await import('../../../renderer/host/blob-maker');
    for (const text of [LONG, SHORT]) {
      const blob = await makeBlob(text);
      expect(blob.type).toBe('application/json');
      expect(await blob.text()).toBe(text);
    }
    // Only the long text went to the worker; a short one is not worth the trip.
    expect(sent.length).toBe(messages);
    expect(LONG.startsWith(sent.join(''))).toBe(true);
    expect(LONG.length).toBeGreaterThan(1024 * 1024);
  });

  it('where the page has no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const { makeBlob } = await import('../../../renderer/host/blob-maker');
    expect(await (await makeBlob(LONG)).text()).toBe(LONG);
  });
});

describe('textParts', () => {
  const pair = '𝄞'; // two code units
  it.each([
    ['an empty text', '', 4, ['']],
    ['a text shorter than a part', 'abc', 4, ['abc']],
    ['a text of whole parts', 'abcdefgh', 4, ['abcd', 'efgh']],
    ['a pair that would be cut in two', `abc${pair}def`, 4, ['abc', `${pair}de`, 'f']],
    ['a pair that ends a part', `ab${pair}cd`, 4, [`ab${pair}`, 'cd']],
  ])('cuts %s', (_name, text, size, parts) => {
    expect(textParts(text, size)).toEqual(parts);
    expect(textParts(text, size).join('')).toBe(text);
  });
});
