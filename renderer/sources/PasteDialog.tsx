import { useEffect, useRef, useState, type FormEvent } from 'react';

interface PasteDialogProps {
  /** Resolves to the reason the text could not be imported, or null once it was. */
  onImport: (text: string, title: string) => Promise<string | null>;
  onCancel: () => void;
}

/** Pasted text becomes a source: the analyst gives it a title, paragraphs come from blank lines. */
export function PasteDialog({ onImport, onCancel }: PasteDialogProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => area.current?.focus(), []);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    const text = field('text');
    const title = field('title').trim();
    void onImport(text, title).then(setProblem);
  };
  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <form
        className="dialog source-details"
        role="dialog"
        aria-modal="true"
        aria-label="Paste a source"
        onSubmit={submit}
      >
        <h2>Paste a source</h2>
        <label>
          Title
          <input name="title" placeholder="e.g. Wire report, 24 March" />
        </label>
        <label>
          Text
          <textarea ref={area} name="text" rows={12} placeholder="Paste the article here" />
        </label>
        {problem ? (
          <p className="app-message error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="submit">Add source</button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
