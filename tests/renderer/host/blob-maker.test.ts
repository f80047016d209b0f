import { afterEach, describe, expect, it, vi } from 'vitest';

type Behaviour = 'answers' | 'fails' | 'cannot clone' | 'cannot start';

/**
 * A stand-in for the browser's Worker that carries requests like the Blob worker does (the reply
 * made the way blob-worker.ts makes it), or fails in one of the ways a worker can; it counts the
 * texts it was sent.
 */
function fakeWorker(behaviour: Behaviour) {
  const sent: string[] = [];
  class FakeWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    onerror: ((event: { preventDefault: () => void }) => void) | null = null;
    constructor() {
      if (behaviour === 'cannot start') throw new Error('workers are blocked');
    }
    postMessage({ key, text }: { key: number; text: string }) {
      sent.push(text);
      setTimeout(() => {
        if (behaviour === 'answers')
          this.onmessage?.({ data: { key, blob: new Blob([text], { type: 'application/json' }) } });
        if (behaviour === 'fails') this.onerror?.({ preventDefault: () => undefined });
        if (behaviour === 'cannot clone') this.onmessageerror?.();
      }, 0);
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

const LONG = `{"claims": [${'"Les crues ont atteint 4,2 m — ’quote’", '.repeat(8000)}""]}`;
const SHORT = '{"name": "Relevés du 3 mai"}';

describe('makeBlob gives the text as UTF-8, wherever it was made', () => {
  it.each([
    ['a worker that answers', 'answers', 1],
    ['a worker that fails', 'fails', 1],
    ['a worker whose reply cannot be cloned', 'cannot clone', 1],
    ['a worker that cannot start', 'cannot start', 0],
  ] as const)('%s', async (_name, behaviour, sentLong) => {
    const sent = fakeWorker(behaviour);
    const { makeBlob } = await import('../../../renderer/host/blob-maker');
    for (const text of [LONG, SHORT]) {
      const blob = await makeBlob(text);
      expect(blob.type).toBe('application/json');
      expect(await blob.text()).toBe(text);
    }
    // Only the long text went to the worker; a short one is not worth the trip.
    expect(sent.length).toBe(sentLong);
    expect(LONG.length).toBeGreaterThan(256 * 1024);
  });

  it('where the page has no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const { makeBlob } = await import('../../../renderer/host/blob-maker');
    expect(await (await makeBlob(LONG)).text()).toBe(LONG);
  });
});
