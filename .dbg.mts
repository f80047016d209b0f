import { readSourceFile } from './cli/read-source';
import { extractSuggestions } from './core/extract';
import { defaultGazetteer } from './core/places/load';
import { mainEvents } from './core/compare/source-events';
import { resolveEvents } from './core/compare/resolve-events';
import { itemFromSuggestion, sourceLookup } from './core/compare/item';
import { subjectKey } from './core/compare/subject';
import { readdirSync } from 'node:fs';
const dir = process.env.DIR ?? '/work/shared/dev-sources';
const want = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => want.some((w) => f.startsWith(w)));
const sources = [];
for (const f of files) { const r = await readSourceFile(`${dir}/${f}`); if (r.ok) sources.push(r.value); }
const g = defaultGazetteer();
const mains = mainEvents(sources, g);
for (const [id, m] of mains) console.log('MAIN', id.slice(0, 4), m.cue, JSON.stringify(m.key.names), JSON.stringify(m.key.venues), m.key.date, JSON.stringify(m.key.places?.named));
const lookup = sourceLookup(sources);
const items = sources.flatMap((s) => extractSuggestions(s)).filter((s) => s.type !== 'attribution').map((s) => itemFromSuggestion(s, lookup));
for (const it of resolveEvents(items, { gazetteer: g, mainEvents: mains })) console.log(it.sourceId.slice(0, 3), JSON.stringify(it.quote), it.measure, JSON.stringify(it.subject), subjectKey(it.subject), '|', it.event, '|', JSON.stringify(it.eventKey.names), JSON.stringify(it.eventKey.venues), it.eventKey.date, JSON.stringify(it.eventKey.places?.countries), it.eventInherited ? 'INH' : '');
