// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notices, type NoticesProps } from '../../../renderer/layout/Notices';

afterEach(cleanup);

const QUIET: NoticesProps = {
  loading: false,
  loadError: null,
  damaged: [],
  save: { state: 'saved' },
  notice: null,
  onDismiss: () => undefined,
};

describe('Notices', () => {
  it.each<[string, Partial<NoticesProps>, string | null]>([
    ['nothing to say', {}, null],
    ['loading', { loading: true }, 'Loading sources…'],
    ['the corpus failed', { loadError: 'offline' }, 'The sources could not be loaded: offline'],
    ['a damaged source', { damaged: ['Evening wire'] }, 'The text of Evening wire stored'],
    [
      'the saved project could not be read',
      { save: { state: 'disabled', error: 'Bad bytes.', location: 'browser storage' } },
      'Your saved project in browser storage could not be opened: Bad bytes.',
    ],
    [
      'an error notice',
      { notice: { kind: 'error', text: 'The export failed.' } },
      'The export failed.',
    ],
  ])('%s', (_, patch, text) => {
    const { container } = render(<Notices {...QUIET} {...patch} />);
    if (text === null) expect(container.textContent).toBe('');
    else expect(container.textContent).toContain(text);
  });

  it.each<['error' | 'info', string]>([
    ['error', 'alert'],
    ['info', 'status'],
  ])('a %s notice is announced as %s and can be dismissed', (kind, role) => {
    const onDismiss = vi.fn();
    render(
      <Notices {...QUIET} notice={{ kind, text: 'Saved as notes.json.' }} onDismiss={onDismiss} />,
    );
    expect(screen.getByRole(role).textContent).toContain('Saved as notes.json.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
