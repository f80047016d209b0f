import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../renderer/components/error-message';

describe('errorMessage', () => {
  it.each([
    [new Error('disk full'), 'disk full'],
    [new TypeError('bad type'), 'bad type'],
    ['plain text', 'plain text'],
    [42, '42'],
    [null, 'null'],
  ])('%s reads as %s', (thrown, text) => {
    expect(errorMessage(thrown)).toBe(text);
  });
});
