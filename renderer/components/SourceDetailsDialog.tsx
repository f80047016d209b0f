import { useEffect, useRef, useState, type FormEvent } from 'react';
import { canonicalLanguageTag } from '../../core/language/tags';
import type { SourceMetadata } from '../../core/model/source';
import { LanguageField, languageProblem } from './LanguageField';

interface SourceDetailsDialogProps {
  metadata: SourceMetadata;
  onSave: (metadata: SourceMetadata) => void;
  onCancel: () => void;
}

const RELIABILITY: readonly [NonNullable<SourceMetadata['reliability']>, string][] = [
  ['A', 'Completely reliable'],
  ['B', 'Usually reliable'],
  ['C', 'Fairly reliable'],
  ['D', 'Not usually reliable'],
  ['E', 'Unreliable'],
  ['F', 'Reliability cannot be judged'],
];

/** Colours that stay distinct from the claim-type colours, on light and dark backgrounds. */
export const SOURCE_COLOURS: readonly [string, string][] = [
  ['#1f5fa8', 'Blue'],
  ['#0f8a8a', 'Teal'],
  ['#6b4fbb', 'Violet'],
  ['#b5477a', 'Rose'],
  ['#8a6d1f', 'Ochre'],
  ['#4d7a2a', 'Olive'],
  ['#5b616b', 'Slate'],
];

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Checks a typed date: empty, or a real YYYY, YYYY-MM or YYYY-MM-DD (no 13th month, no 31 June). */
export function dateProblem(value: string): string | null {
  if (!value) return null;
  const match = DATE.exec(value);
  const month = match?.[2] ? Number(match[2]) : null;
  const day = match?.[3] ? Number(match[3]) : null;
  const daysInMonth = month ? new Date(Date.UTC(Number(match?.[1]), month, 0)).getUTCDate() : 31;
  const valid =
    match !== null &&
    (month === null || (month >= 1 && month <= 12)) &&
    (day === null || (day >= 1 && day <= daysInMonth));
  return valid ? null : `"${value}" is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD.`;
}

function optional(value: FormDataEntryValue | null): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text || undefined;
}

/**
 * Edits what the analyst knows about a source: its short name in verdicts and reports, who
 * published it, when, where it was found, and how reliable the source is on the Admiralty
 * scale. Saved in the project as one undo step; the article text and the corpus file are never
 * touched.
 */
export function SourceDetailsDialog({ metadata, onSave, onCancel }: SourceDetailsDialogProps) {
  const first = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const published = optional(form.get('published')) ?? '';
    const captured = optional(form.get('captured')) ?? '';
    const invalid = dateProblem(published) ?? dateProblem(captured);
    if (invalid) return setProblem(`Dates: ${invalid}`);
    const language = optional(form.get('language')) ?? '';
    const badLanguage = languageProblem(language);
    if (badLanguage) return setProblem(`Language: ${badLanguage}`);
    const title = optional(form.get('title'));
    if (!title) return setProblem('A source needs a title.');
    const reliability = optional(form.get('reliability')) as SourceMetadata['reliability'];
    const next: SourceMetadata = {
      ...metadata,
      title,
      published: published || null,
      captured: captured || null,
      language: canonicalLanguageTag(language) ?? metadata.language,
    };
    if (title !== metadata.title) delete next.titleAssigned;
    for (const key of ['shortName', 'publisher', 'author', 'url'] as const) {
      const value = optional(form.get(key));
      if (value) next[key] = value;
      else delete next[key];
    }
    if (reliability) next.reliability = reliability;
    else delete next.reliability;
    const colour = optional(form.get('colour'));
    if (colour) next.colour = colour;
    else delete next.colour;
    onSave(next);
  };

  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <form
        className="dialog source-details"
        role="dialog"
        aria-modal="true"
        aria-label="Source details"
        onSubmit={submit}
      >
        <h2>Source details</h2>
        <label>
          Title
          <input ref={first} name="title" defaultValue={metadata.title} required />
        </label>
        <label>
          Short name
          <input
            name="shortName"
            defaultValue={metadata.shortName ?? ''}
            maxLength={60}
            placeholder="Used in verdicts and reports, e.g. Wire 2"
          />
        </label>
        <label>
          Publisher
          <input name="publisher" defaultValue={metadata.publisher ?? ''} />
        </label>
        <label>
          Author
          <input name="author" defaultValue={metadata.author ?? ''} />
        </label>
        <label>
          URL
          <input name="url" type="url" defaultValue={metadata.url ?? ''} placeholder="https://" />
        </label>
        <div className="row">
          <label>
            Published
            <input
              name="published"
              defaultValue={metadata.published ?? ''}
              placeholder="YYYY-MM-DD"
            />
          </label>
          <label>
            Captured
            <input
              name="captured"
              defaultValue={metadata.captured ?? ''}
              placeholder="YYYY-MM-DD"
            />
          </label>
          <LanguageField defaultValue={metadata.language} />
        </div>
        <label>
          Source reliability (Admiralty code)
          <select name="reliability" defaultValue={metadata.reliability ?? ''}>
            <option value="">Not rated</option>
            {RELIABILITY.map(([grade, label]) => (
              <option key={grade} value={grade}>
                {grade} · {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Colour
          <select name="colour" defaultValue={metadata.colour ?? ''}>
            <option value="">None</option>
            {SOURCE_COLOURS.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
            {metadata.colour && !SOURCE_COLOURS.some(([value]) => value === metadata.colour) ? (
              <option value={metadata.colour}>{metadata.colour}</option>
            ) : null}
          </select>
        </label>
        {problem ? (
          <p className="app-message error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="submit">Save</button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
