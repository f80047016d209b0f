import type { Claim } from '../../../core/model/claim';
import { contentHash } from '../../../core/model/hash';
import { createProject, type Project } from '../../../core/model/project';
import { claimOn, NOW } from './fixtures';

/** Two invented reports that date one fire without a year: a day in one, its month in the other. */
export const DAY_TEXT = 'The Riverside warehouse fire on 9 October spread to the depot next door.';
export const MONTH_TEXT = 'Firefighters said the Riverside blaze in October started in the depot.';

function dateClaim(text: string, sourceId: string, quote: string, id: string, date: string): Claim {
  return claimOn(text, sourceId, quote, {
    id,
    type: 'date',
    event: 'Riverside warehouse fire',
    measure: 'date',
    value: { kind: 'date', date, text: quote },
  });
}

/** A project whose only group compares a yearless day with its yearless month. */
export function yearlessProject(): Project {
  const base = createProject({ id: 'p-dates', name: 'Fire', now: NOW });
  const source = (id: string, text: string) => ({
    id,
    title: `Report ${id.toUpperCase()}`,
    contentHash: contentHash(text),
    metadata: {
      title: `Report ${id.toUpperCase()}`,
      capture: 'plain-text' as const,
      language: 'en',
      published: null,
    },
  });
  return {
    ...base,
    sources: [source('d', DAY_TEXT), source('m', MONTH_TEXT)],
    claims: [
      dateClaim(DAY_TEXT, 'd', '9 October', 'day', '--10-09'),
      dateClaim(MONTH_TEXT, 'm', 'October', 'month', '--10'),
    ],
  };
}
