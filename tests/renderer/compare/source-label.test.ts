import { describe, expect, it } from 'vitest';
import { sourceShortLabel } from '../../../renderer/compare/group-view';

describe('a source is labelled by a handle a reader can use', () => {
  it.each<[string, string | undefined, string]>([
    ['000_16df6a53eee4503d', 'Perspectives: ISKP…', '000'],
    ['night-bulletin-1a2b3c', 'Night bulletin', 'Night bulletin'],
    ['night-bulletin-1a2b3c', undefined, 'night-bu…'],
    ['wire', undefined, 'wire'],
    ['night-bulletin-1a2b3c', '  ', 'night-bu…'],
  ])('%s named %j -> %s', (id, name, label) => {
    expect(sourceShortLabel(id, name)).toBe(label);
  });
});
