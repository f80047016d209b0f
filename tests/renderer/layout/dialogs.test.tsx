// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '../../../core/io/export-json';
import { parseSourceFile } from '../../../core/io/source-file';
import { createProject } from '../../../core/model/project';
import type { Result } from '../../../core/model/result';
import type { Source } from '../../../core/model/source';
import type { Dialog } from '../../../renderer/app-state/ui-state';
import { Dialogs } from '../../../renderer/layout/Dialogs';

afterEach(cleanup);

const parsed = parseSourceFile({
  id: 'wire',
  content: '---\ntitle: Morning wire\npublisher: Desk\n---\nThe ferry carried forty people.',
});
if (!parsed.ok) throw new Error(parsed.error);
const wire = parsed.value;
const project = createProject({ id: 'p', name: 'Dialogs', now: '2026-01-01T00:00:00.000Z' });

function renderDialogs(dialog: Dialog, importText = vi.fn<() => Promise<Result<Source>>>()) {
  const edits = { editSourceDetails: vi.fn(), applyImport: vi.fn() };
  const afterImport = vi.fn();
  const onClose = vi.fn();
  render(
    <Dialogs
      dialog={dialog}
      project={project}
      sourceById={new Map([[wire.id, wire]])}
      edits={edits}
      importText={importText}
      afterImport={afterImport}
      onClose={onClose}
    />,
  );
  return { edits, afterImport, onClose, importText };
}

describe('Dialogs', () => {
  it.each<[Dialog, string | null]>([
    [{ kind: 'none' }, null],
    [{ kind: 'shortcuts' }, 'Keyboard shortcuts'],
    [{ kind: 'paste' }, 'Paste a source'],
    [{ kind: 'sourceDetails', sourceId: 'wire' }, 'Source details'],
    [{ kind: 'sourceDetails', sourceId: 'gone' }, null],
    [
      { kind: 'importClaims', fileName: 'claims.json', doc: buildExport(project, 'now') },
      'Import claims',
    ],
  ])('%o shows %s', (dialog, name) => {
    renderDialogs(dialog);
    const shown = screen
      .queryAllByRole('dialog')
      .map((element) => element.getAttribute('aria-label'));
    expect(shown).toEqual(name ? [name] : []);
  });

  it('saves a short name and the publisher from the source details', () => {
    const { edits } = renderDialogs({ kind: 'sourceDetails', sourceId: 'wire' });
    fireEvent.change(screen.getByLabelText('Short name'), { target: { value: 'Wire A' } });
    fireEvent.change(screen.getByLabelText('Publisher'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(edits.editSourceDetails).toHaveBeenCalledTimes(1);
    const [sourceId, metadata] = edits.editSourceDetails.mock.calls[0] as [
      string,
      Source['metadata'],
    ];
    expect(sourceId).toBe('wire');
    expect(metadata.shortName).toBe('Wire A');
    expect(metadata.publisher).toBeUndefined();
    expect(metadata.title).toBe('Morning wire');
  });

  it('a cleared short name is removed, not kept as an empty string', () => {
    const named = { ...wire, metadata: { ...wire.metadata, shortName: 'Old' } };
    const edits = { editSourceDetails: vi.fn(), applyImport: vi.fn() };
    render(
      <Dialogs
        dialog={{ kind: 'sourceDetails', sourceId: 'wire' }}
        project={project}
        sourceById={new Map([[wire.id, named]])}
        edits={edits}
        importText={vi.fn()}
        afterImport={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Short name').value).toBe('Old');
    fireEvent.change(screen.getByLabelText('Short name'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const [, metadata] = edits.editSourceDetails.mock.calls[0] as [string, Source['metadata']];
    expect('shortName' in metadata).toBe(false);
  });

  it.each<[string, Result<Source>, boolean]>([
    ['a good paste is imported and the dialog closes', { ok: true, value: wire }, true],
    [
      'a bad paste keeps the dialog open with the reason',
      { ok: false, error: 'The text is empty.' },
      false,
    ],
  ])('%s', async (_, result, closes) => {
    const importText = vi.fn<() => Promise<Result<Source>>>(() => Promise.resolve(result));
    const { afterImport, onClose } = renderDialogs({ kind: 'paste' }, importText);
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Some words.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));
    await waitFor(() => expect(importText).toHaveBeenCalledTimes(1));
    if (closes) await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    else await screen.findByRole('alert');
    expect(onClose).toHaveBeenCalledTimes(closes ? 1 : 0);
    expect(afterImport).toHaveBeenCalledTimes(closes ? 1 : 0);
    if (!closes) expect(screen.getByRole('alert').textContent).toBe('The text is empty.');
  });

  it('applies a claims import in the chosen mode', () => {
    const doc = buildExport(project, 'now');
    const { edits } = renderDialogs({ kind: 'importClaims', fileName: 'claims.json', doc });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(edits.applyImport).toHaveBeenCalledWith('claims.json', expect.anything(), 'merge');
  });
});
