/**
 * Who a figure counts, reduced to a key so that "13 American soldiers" and "13 US troops" land
 * together while "170 Afghans" stays apart. Empty means "people in general".
 */
import { wordTable } from '../text/word-table';

/** Words that count people without saying which people: they add nothing to the key. */
const GENERIC = new Set(
  `people person persons individuals individual victims victim others other total overall
  including among them those some all more than least at about nearly almost over up to
  the a an of and or who were was in from`.split(/\s+/),
);

/** Role words folded onto one role each, so different wordings of the same group meet. */
const ROLES: Readonly<Record<string, string>> = wordTable({
  soldier: 'military',
  soldiers: 'military',
  troop: 'military',
  troops: 'military',
  servicemen: 'military',
  servicemembers: 'military',
  service: 'military',
  members: '',
  member: '',
  marines: 'military',
  marine: 'military',
  personnel: 'military',
  military: 'military',
  civilian: 'civilians',
  civilians: 'civilians',
  staffer: 'staff',
  staffers: 'staff',
  staff: 'staff',
  employees: 'staff',
  employee: 'staff',
  diplomats: 'staff',
  diplomat: 'staff',
  children: 'children',
  child: 'children',
  police: 'police',
  policemen: 'police',
  officers: 'police',
  attackers: 'attackers',
  gunmen: 'attackers',
  militants: 'attackers',
  assailants: 'attackers',
  perpetrators: 'attackers',
});

/** Irregular nationality words that the suffix rule cannot fold. A general list. */
const NATIONS: Readonly<Record<string, string>> = wordTable({
  american: 'us',
  americans: 'us',
  'u.s.': 'us',
  us: 'us',
  usa: 'us',
  british: 'uk',
  britons: 'uk',
  'u.k.': 'uk',
  uk: 'uk',
  french: 'france',
  dutch: 'netherlands',
});

function foldNation(word: string): string {
  const irregular = NATIONS[word];
  if (irregular) return irregular;
  // "Afghans", "Afghan", "Afghanistan" -> "afgh"; "Russians", "Russia" -> "russ".
  return word.replace(/(istan|ians|ian|ans|an|ese|is|ia|s)$/u, '');
}

/**
 * Reduces a subject phrase to a comparison key: lower case, generic people-words dropped, role
 * words folded ("soldiers"/"troops" -> "military"), nationality words folded ("Americans"/"US"
 * -> "us"). Trade-off: it is a bag of words, so "Afghan soldiers" and "soldiers' Afghan
 * interpreters" would meet; subjects are short phrases from the extractor, where that is rare.
 */
export function subjectKey(subject: string | undefined): string {
  if (!subject) return '';
  const words = subject.toLowerCase().match(/[\p{L}.]+/gu) ?? [];
  const parts = new Set<string>();
  for (const raw of words) {
    const word = raw.replace(/^\.+|\.+$/g, '');
    if (!word || GENERIC.has(word)) continue;
    const role = ROLES[word];
    if (role !== undefined) {
      if (role) parts.add(role);
      continue;
    }
    if (/^\d/.test(word)) continue;
    parts.add(foldNation(word.replace(/\./g, '') === 'us' ? 'us' : word));
  }
  return [...parts].sort().join(' ');
}
