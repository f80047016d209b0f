import { defaultGazetteer } from '../../core/places/load';
import { readableDate, typedDate } from '../../core/text/date-words';
import {
  deriveGroups,
  figureSpan,
  orderGroups,
  type ComparedGroup,
  type DerivedGroup,
} from '../../core/compare/index';
import { createProject } from '../../core/model/project';
import { extractSuggestions } from '../../core/extract/index';
import type { ClaimValue } from '../../core/model/claim';
import type { Source } from '../../core/model/source';
import type { FoundFigure } from '../../core/quantity/figure';
import { readSourceFile } from '../read-source';
import type { Command } from './types';

type Item = ComparedGroup['items'][number];

/** A claim's value as JSON: figures with the same fields `quantities` prints, else `{ text }`. */
function valueJson(item: Item): Record<string, unknown> | null {
  const value: ClaimValue | null = item.value;
  if (!value) return item.attributedTarget ? { text: item.attributedTarget } : null;
  if (value.kind === 'figure') {
    const f = value.figure as Partial<FoundFigure> & typeof value.figure;
    const span = figureSpan(f, item.quote, item.start);
    return {
      text: span?.text ?? item.quote,
      start: span?.start ?? item.start,
      end: span?.end ?? item.end,
      low: f.low,
      high: f.high,
      lowInclusive: f.lowInclusive,
      highInclusive: f.highInclusive,
      approximate: f.approximate,
      value: f.value ?? null,
      kind: f.kind ?? null,
      unit: f.unit ?? span?.unit ?? null,
    };
  }
  if (value.kind === 'date') {
    return { text: value.text ?? readableDate(value.date), date: typedDate(value.date) };
  }
  return { text: item.attributedTarget ?? value.text };
}

function groupJson(group: DerivedGroup): Record<string, unknown> {
  return {
    id: group.id,
    fromSuggestions: group.fromSuggestions,
    event: group.event,
    eventDate: typedDate(group.eventDate),
    measure: group.measure,
    subject: group.subject ?? null,
    type: group.type,
    verdict: group.verdict,
    overlap:
      group.type === 'date' && group.overlap
        ? readableDate(group.overlap)
        : (group.overlap ?? null),
    ...(group.type === 'date' ? { overlapDate: typedDate(group.overlap) } : {}),
    revision: group.revision ?? null,
    inconsistent: group.inconsistent,
    inconsistencies: group.inconsistencies,
    attributions: group.attributions ?? null,
    explanation: group.explanation,
    reasons: group.reasons,
    claims: group.items.map((item) => ({
      id: item.id,
      sourceId: item.sourceId,
      quote: item.quote,
      start: item.start,
      end: item.end,
      value: valueJson(item),
      attributedTo: item.attributedTo,
      ...(item.attributedTarget ? { attributedTarget: item.attributedTarget } : {}),
      eventCue: item.event,
      ...(item.eventDate ? { eventDate: typedDate(item.eventDate) } : {}),
    })),
  };
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function claimLine(item: Item): string {
  const value = valueJson(item);
  const said =
    item.value?.kind === 'date'
      ? readableDate(item.value.date)
      : typeof value?.text === 'string'
        ? value.text
        : '';
  const speaker = item.attributedTo ? ` ${item.attributedTo}:` : '';
  const voice = `${item.sourceId}${speaker}`;
  return `    ${clip(voice, 34).padEnd(34)} ${clip(said, 22).padEnd(22)} "${clip(item.quote, 70)}"`;
}

function renderTable(sources: Source[], groups: ComparedGroup[], all: boolean): string {
  const lines: string[] = ['Sources:'];
  for (const source of sources) {
    const { title, publisher, published } = source.metadata;
    const by = [publisher, published ? readableDate(published) : 'undated']
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${source.id}  ${clip(title, 70)} (${by})`);
  }
  const shown = orderGroups(
    groups.filter((group) => all || group.verdict !== 'single' || group.inconsistent),
  );
  lines.push(
    '',
    `Groups: ${groups.length} (${shown.length} shown${all ? '' : '; single-voice groups hidden, --all lists them'})`,
  );
  for (const group of shown) {
    const flag = group.inconsistent ? ' + INCONSISTENT' : '';
    const revision = group.revision ? ' (revision)' : '';
    const subject =
      group.subject && group.subject.toLowerCase() !== group.measure ? group.subject : '';
    const what = [group.measure, subject ? `of ${subject}` : ''].filter(Boolean).join(' ');
    const when =
      group.eventDate && group.eventDate !== group.event
        ? `, ${readableDate(group.eventDate)}`
        : '';
    lines.push('');
    lines.push(
      `${group.verdict.toUpperCase()}${revision}${flag}  ${what} - ${clip(group.event || '(no event named)', 60)}${when}  [${group.id}]`,
    );
    for (const item of group.items) lines.push(claimLine(item));
    lines.push(`    => ${group.explanation}`);
  }
  return lines.join('\n');
}

/** `compare [--json] [--all] FILE...`: groups the claims found in the sources and judges them. */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'group the claims of several sources and say where they agree or conflict',
  usage: 'compare [--json] [--all] FILE...',
  async run(args, io) {
    const json = args.includes('--json');
    const all = args.includes('--all');
    const unknown = args.filter(
      (arg) => arg.startsWith('--') && arg !== '--json' && arg !== '--all',
    );
    const paths = args.filter((arg) => !arg.startsWith('--'));
    if (unknown.length > 0 || paths.length === 0) {
      if (unknown.length > 0) io.err(`unknown option ${unknown.join(', ')}`);
      io.err('usage: compare [--json] [--all] FILE...');
      return 2;
    }
    const sources: Source[] = [];
    let failed = false;
    for (const path of paths) {
      const read = await readSourceFile(path);
      if (!read.ok) {
        io.err(read.error);
        failed = true;
      } else if (sources.some((source) => source.id === read.value.id)) {
        io.err(`${path}: another file already has the id "${read.value.id}"; skipped.`);
        failed = true;
      } else {
        sources.push(read.value);
      }
    }
    if (sources.length === 0) return 1;
    // A batch run has no tagged claims: every group is a preview of suggestions, and says so.
    const project = createProject({ id: 'cli', name: 'cli', now: new Date(0).toISOString() });
    const suggestions = sources.flatMap((source) => extractSuggestions(source));
    const groups: DerivedGroup[] = deriveGroups(project, {
      sources,
      suggestions,
      gazetteer: defaultGazetteer(),
    }).fromSuggestions;
    if (json) {
      io.out(
        JSON.stringify(
          {
            sources: sources.map((source) => ({
              id: source.id,
              title: source.metadata.title,
              path: source.path ?? null,
              published: source.metadata.published ?? null,
              publisher: source.metadata.publisher ?? null,
            })),
            groups: groups.map(groupJson),
          },
          null,
          2,
        ),
      );
    } else {
      io.out(renderTable(sources, groups, all));
    }
    return failed ? 1 : 0;
  },
};
