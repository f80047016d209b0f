import { extractSuggestions } from './core/extract/index';
import { parseSourceFile } from './core/io/source-file';
const texts = [
 'The death count for the attacks on Easter Sunday is at least 253, the director general said, adding that the first estimates were 290 and that the number would be reduced to 253.',
 "Sri Lanka's foreign ministry had said before that 40 of the victims held foreign nationality.",
 'He said at least 157 injured people were still being treated, out of whom 12 to 15 were critically ill in the hospital.',
 'At least three of the victims are still unidentified.',
 'On March 28 Belgian officials increased the number of deaths from last week’s devastating suicide attacks by the Islamic State on the Brussels airport and metro to 35.',
 'At the weekend Belgian authorities had cut the toll to 28 from 31, then raised it back to 31 during the night of March 27.',
 'Four patients had died in hospital, the minister tweeted, giving “Total victims: 35” and wishing strength to all.',
];
for (const t of texts) { const p = parseSourceFile({ id: 't', content: t }); if (p.ok) console.log(JSON.stringify(extractSuggestions(p.value).filter(s=>s.type!=='date').map(s=>[s.quote, s.measure, s.subject??''])));}
