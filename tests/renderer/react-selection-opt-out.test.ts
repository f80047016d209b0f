// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { optOutOfReactSelection } from '../../renderer/editor/react-selection-opt-out';

describe('optOutOfReactSelection', () => {
  it('hides the editable flag from scripts and keeps the attribute the browser goes by', () => {
    const element = document.createElement('div');
    element.setAttribute('contenteditable', 'true');
    optOutOfReactSelection(element);
    expect(element.contentEditable).not.toBe('true');
    expect(element.getAttribute('contenteditable')).toBe('true');
    element.contentEditable = 'false';
    expect(element.getAttribute('contenteditable')).toBe('false');
  });
});
