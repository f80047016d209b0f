import { extractSuggestions } from './core/extract/index';
import { parseSourceFile } from './core/io/source-file';
for (const t of ['Russian officials link the attack to Ukraine, while Washington says ISKP was responsible.', 'According to the FSB, Ukraine was behind the attack.', 'Moscow blamed Kyiv for the bombing, but US officials said the Islamic State was responsible.', 'The Islamic State claimed responsibility for the attack, and officials blamed ISKP.']) {
const p = parseSourceFile({ id: 't', content: t }); if (p.ok) console.log(t, '\n   ', JSON.stringify(extractSuggestions(p.value).filter(s=>s.type==='attribution').map(s=>[s.quote, s.attributedTo, s.value])));}
