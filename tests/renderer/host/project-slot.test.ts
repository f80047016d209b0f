import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../../core/io/project-file';
import { createProject } from '../../../core/model/project';
import { BACKUP_KEY, PROJECT_KEY } from '../../../renderer/host/indexeddb-store';
import { createProjectSlot, KEPT_PREFIX, KEPT_PREVIOUS } from '../../../renderer/host/project-slot';
import { memoryStore } from './memory-store';

const NEWER = JSON.stringify({ schemaVersion: 99, id: 'p', name: 'From the future', claims: [] });
const DAMAGED = '{"schemaVersion": 1, "id": "p", "na';
const project = (name: string) =>
  serializeProject(createProject({ id: name, name, now: '2024-05-02T09:00:00.000Z' }));

/** A slot over a memory store, with a clock that ticks one second per key and scripted answers. */
function setUp(stored: string | null, answers: boolean[] = []) {
  const store = memoryStore(stored === null ? {} : { [PROJECT_KEY]: stored });
  const questions: string[] = [];
  let tick = 0;
  const slot = createProjectSlot(store, {
    ask: (question) => {
      questions.push(question);
      return Promise.resolve(answers.shift() ?? false);
    },
    now: () => new Date(Date.UTC(2024, 4, 2, 9, 0, tick++)).toISOString(),
  });
  const kept = () =>
    [...store.entries].filter(([key]) => key.startsWith(KEPT_PREFIX)).map(([, text]) => text);
  return { store, slot, questions, kept };
}

describe('the browser project slot never loses what it could not read', () => {
  it.each([
    ['a newer-version project', NEWER, /newer version/],
    ['a damaged project', DAMAGED, /JSON|could not/i],
  ])('%s is kept aside on load, under a key the message names', async (_name, stored, why) => {
    const { slot, store, kept } = setUp(stored);
    const load = await slot.load();
    expect(load.status).toBe('error');
    if (load.status !== 'error') return;
    expect(load.error).toMatch(why);
    const key = /under "([^"]+)"/.exec(load.error)?.[1] ?? '';
    expect(store.entries.get(key)).toBe(stored);
    await slot.load();
    expect(kept()).toEqual([stored]);
  });

  it.each<[string, boolean, string | null]>([
    ['the analyst confirms', true, 'the project that could not be read stays kept aside'],
    ['the analyst cancels', false, null],
  ])('New over an unreadable project asks first: %s', async (_name, answer, phrase) => {
    const { slot, store, questions, kept } = setUp(NEWER, [answer]);
    await slot.load();
    const result = await slot.prepareReplace('Start a new project');
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/could not be read .* kept aside, unchanged, as "default\.kept\./);
    if (phrase === null) expect(result).toBeNull();
    else expect(result).toContain(phrase);
    expect(store.entries.get(PROJECT_KEY)).toBe(NEWER);
    expect(kept()).toEqual([NEWER]);
  });

  it('ten saves over an unreadable project keep its bytes and a readable backup', async () => {
    const { slot, store, kept } = setUp(NEWER, [true]);
    await slot.load();
    await slot.prepareReplace('Start a new project');
    for (let save = 1; save <= 10; save += 1) await slot.save(project(`Save ${save}`));
    expect(kept()).toEqual([NEWER]);
    expect(store.entries.get(PROJECT_KEY)).toBe(project('Save 10'));
    expect(store.entries.get(BACKUP_KEY)).toBe(project('Save 9'));
  });

  it('a save into a slot it never read keeps unreadable bytes there aside first', async () => {
    const { slot, store, kept } = setUp(DAMAGED);
    await slot.save(project('Mine'));
    expect(kept()).toEqual([DAMAGED]);
    expect(store.entries.get(BACKUP_KEY)).toBeUndefined();
    expect(store.entries.get(PROJECT_KEY)).toBe(project('Mine'));
  });

  it.each<[string, string | null, string]>([
    ['another tab saved a project', project('Mine'), project('Theirs')],
    ['another tab saved into an empty slot', null, project('Theirs')],
    ['the slot was damaged since', project('Mine'), DAMAGED],
  ])(
    'a save never writes over what changed since this tab read it: %s',
    async (_n, first, other) => {
      const { slot, store } = setUp(first);
      await slot.load();
      store.entries.set(PROJECT_KEY, other);
      await expect(slot.save(project('Mine, edited'))).rejects.toThrow(/changed in another tab/);
      await expect(slot.prepareReplace('Start a new project')).rejects.toThrow(/another tab/);
      expect(store.entries.get(PROJECT_KEY)).toBe(other);
    },
  );

  it(`New over a readable project keeps it aside (the last ${KEPT_PREVIOUS}), without asking`, async () => {
    const { slot, questions, kept } = setUp(project('First'));
    await slot.load();
    for (let round = 1; round <= KEPT_PREVIOUS + 2; round += 1) {
      expect(await slot.prepareReplace('Start a new project')).toMatch(/previous project is kept/);
      await slot.save(project(`Round ${round}`));
    }
    expect(questions).toEqual([]);
    expect(kept()).toEqual(
      Array.from({ length: KEPT_PREVIOUS }, (_, i) => project(`Round ${i + 2}`)),
    );
  });

  it('an empty slot is replaced with nothing to keep', async () => {
    const { slot, kept } = setUp(null);
    expect(await slot.load()).toMatchObject({ status: 'none' });
    expect(await slot.prepareReplace('Start a new project')).toBe('');
    expect(kept()).toEqual([]);
  });
});
