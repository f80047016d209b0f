import type { ChangeEvent, FocusEvent } from 'react';
import type { Claim, ClaimType, ClaimValue } from '../../core/model/claim';
import type { ClaimPatch } from '../../core/model/claim-ops';
import type { Figure } from '../../core/quantity/figure';
import { parseFigure } from '../../core/quantity';
import { CLAIM_TYPES, claimTypeInfo } from './claim-types';

interface ClaimEditorProps {
  claim: Claim;
  /** Events already used in the project, for autocompletion. */
  events: readonly string[];
  onChange: (patch: ClaimPatch, label: string) => void;
  onDelete: () => void;
  /** The claim's source language (BCP 47): "Read from quote" reads the figure in it. */
  language?: string;
}

/** Admiralty code information credibility, 1 to 6. */
const CREDIBILITY = [
  'Confirmed by other sources',
  'Probably true',
  'Possibly true',
  'Doubtful',
  'Improbable',
  'Truth cannot be judged',
];

const EMPTY_FIGURE: Figure = {
  low: null,
  high: null,
  lowInclusive: true,
  highInclusive: true,
  approximate: false,
};

function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * The side-panel form of one claim. Text fields commit when they lose focus, so one edit is one
 * undo step rather than one per keystroke; choices commit at once.
 */
export function ClaimEditor({ claim, events, onChange, onDelete, language }: ClaimEditorProps) {
  const info = claimTypeInfo(claim.type);
  const figure = claim.value?.kind === 'figure' ? claim.value.figure : null;
  const commitText =
    (field: 'event' | 'attributedTo' | 'attributedTarget' | 'note' | 'subject', label: string) =>
    (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.target.value;
      if ((claim[field] ?? '') !== value) onChange({ [field]: value }, label);
    };
  const setFigure = (next: Figure) =>
    onChange({ value: { kind: 'figure', figure: next } }, 'Edit value');
  const commitBound = (side: 'low' | 'high') => (event: FocusEvent<HTMLInputElement>) => {
    const value = numberOrNull(event.target.value);
    const current = figure ?? EMPTY_FIGURE;
    if (current[side] !== value) setFigure({ ...current, [side]: value });
  };
  const toggle =
    (flag: 'lowInclusive' | 'highInclusive' | 'approximate') =>
    (event: ChangeEvent<HTMLInputElement>) =>
      setFigure({ ...(figure ?? EMPTY_FIGURE), [flag]: event.target.checked });
  const commitTextValue = (event: FocusEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const current =
      claim.value?.kind === 'text'
        ? claim.value.text
        : claim.value?.kind === 'date'
          ? claim.value.date
          : '';
    if (text === current) return;
    const value: ClaimValue | null = !text
      ? null
      : claim.type === 'date'
        ? { kind: 'date', date: text }
        : { kind: 'text', text };
    onChange({ value }, 'Edit value');
  };
  const key = `${claim.id}:${claim.modified}`;

  return (
    <form
      className="claim-editor"
      aria-label="Claim fields"
      onSubmit={(event) => event.preventDefault()}
      key={key}
    >
      <blockquote className="claim-quote">“{claim.target.quote.exact}”</blockquote>
      <label>
        Type
        <select
          value={claim.type}
          onChange={(event) => {
            const type = event.target.value as ClaimType;
            onChange({ type, measure: claimTypeInfo(type).measures[0] ?? 'other' }, 'Change type');
          }}
        >
          {CLAIM_TYPES.map((item) => (
            <option key={item.type} value={item.type}>
              {item.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Measure
        <select
          value={claim.measure}
          onChange={(event) => onChange({ measure: event.target.value }, 'Change measure')}
        >
          {[...new Set([claim.measure, ...info.measures])].map((measure) => (
            <option key={measure}>{measure}</option>
          ))}
        </select>
      </label>
      <label>
        Event
        <input
          name="event"
          defaultValue={claim.event}
          list="known-events"
          placeholder="e.g. Crocus City Hall attack"
          onBlur={commitText('event', 'Edit event')}
        />
        <datalist id="known-events">
          {events.map((event) => (
            <option key={event} value={event} />
          ))}
        </datalist>
      </label>
      {claim.type === 'casualty' || claim.type === 'count' ? (
        <>
          <label>
            Who is counted
            <input
              name="subject"
              defaultValue={claim.subject ?? ''}
              placeholder="e.g. American soldiers"
              onBlur={commitText('subject', 'Edit subject')}
            />
          </label>
          <fieldset className="figure-fields">
            <legend>Value</legend>
            <label>
              From
              <input
                name="low"
                inputMode="decimal"
                defaultValue={figure?.low ?? ''}
                placeholder="−∞"
                onBlur={commitBound('low')}
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={figure?.lowInclusive ?? true}
                onChange={toggle('lowInclusive')}
              />{' '}
              included
            </label>
            <label>
              To
              <input
                name="high"
                inputMode="decimal"
                defaultValue={figure?.high ?? ''}
                placeholder="+∞"
                onBlur={commitBound('high')}
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={figure?.highInclusive ?? true}
                onChange={toggle('highInclusive')}
              />{' '}
              included
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={figure?.approximate ?? false}
                onChange={toggle('approximate')}
              />{' '}
              approximate
            </label>
            <button
              type="button"
              onClick={() => {
                const read = parseFigure(claim.target.quote.exact, undefined, language);
                if (read) setFigure(read);
              }}
            >
              Read from quote
            </button>
          </fieldset>
        </>
      ) : (
        <label>
          Value
          <input
            name="value"
            defaultValue={
              claim.value?.kind === 'text'
                ? claim.value.text
                : claim.value?.kind === 'date'
                  ? claim.value.date
                  : ''
            }
            placeholder={claim.type === 'date' ? 'YYYY-MM-DD' : 'what the text asserts'}
            onBlur={commitTextValue}
          />
        </label>
      )}
      <label>
        Attributed to (who says it)
        <input
          name="attributedTo"
          defaultValue={claim.attributedTo}
          placeholder="the source itself"
          onBlur={commitText('attributedTo', 'Edit speaker')}
        />
      </label>
      {claim.type === 'attribution' ? (
        <label>
          Held responsible
          <input
            name="attributedTarget"
            defaultValue={claim.attributedTarget ?? ''}
            onBlur={commitText('attributedTarget', 'Edit responsibility')}
          />
        </label>
      ) : null}
      <label>
        Information credibility
        <select
          name="credibility"
          value={claim.credibility ?? ''}
          onChange={(event) => {
            const grade = Number(event.target.value);
            onChange(
              {
                credibility: grade >= 1 && grade <= 6 ? (grade as Claim['credibility']) : undefined,
              },
              'Change credibility',
            );
          }}
        >
          <option value="">Not rated</option>
          {CREDIBILITY.map((label, index) => (
            <option key={label} value={index + 1}>
              {index + 1} · {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tags
        <input
          name="tags"
          defaultValue={claim.tags.join(', ')}
          placeholder="comma separated"
          onBlur={(event) => {
            const tags = event.target.value
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean);
            if (tags.join('\u0000') !== claim.tags.join('\u0000')) onChange({ tags }, 'Edit tags');
          }}
        />
      </label>
      <label>
        Note
        <textarea
          name="note"
          defaultValue={claim.note}
          rows={3}
          onBlur={commitText('note', 'Edit note')}
        />
      </label>
      <p className="claim-times">
        Created {new Date(claim.created).toLocaleString()} · modified{' '}
        {new Date(claim.modified).toLocaleString()}
      </p>
      <button type="button" className="danger" onClick={onDelete}>
        Delete claim
      </button>
    </form>
  );
}
