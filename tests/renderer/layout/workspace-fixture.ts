import { parseSourceFile } from '../../../core/io/source-file';
import { addClaim } from '../../../core/model/claim-ops';
import { createProject, type Project } from '../../../core/model/project';
import type { Source } from '../../../core/model/source';
import { extractSuggestions } from '../../../core/extract';
import { draftClaim } from '../../../renderer/claims/new-claim';

export const NOW = '2026-04-04T00:00:00.000Z';

function source(id: string, title: string, body: string): Source {
  const result = parseSourceFile({
    id,
    content: `---\ntitle: ${title}\nlayout: line-per-paragraph\n---\n${body}`,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Four short reports of one invented storm, each with figures the extractor suggests. */
export const SOURCES: Source[] = [
  source(
    'north',
    'North desk',
    'The storm killed at least 21 people and injured 40 others on Monday.',
  ),
  source('south', 'South desk', 'Officials said 25 people were killed by the storm on Monday.'),
  source('east', 'East desk', 'Rescuers found 30 people injured after the storm.'),
  source('west', 'West desk', 'The storm cut power to 2,000 homes.'),
];

/** A project with one tagged claim: "at least 21 people" in the north report. */
export function projectWithClaim(): { project: Project; claimId: string } {
  const north = SOURCES[0]!;
  const quote = 'at least 21 people';
  const start = north.text.indexOf(quote);
  const claim = draftClaim({
    id: 'claim-north',
    now: NOW,
    source: north,
    start,
    end: start + quote.length,
    type: 'casualty',
    measure: 'deaths',
    suggestions: extractSuggestions(north),
  });
  const project = addClaim(createProject({ id: 'p', name: 'Storm', now: NOW }), claim, NOW);
  return { project, claimId: claim.id };
}
