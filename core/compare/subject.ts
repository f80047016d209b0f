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
  marines: 'marines',
  marine: 'marines',
  personnel: 'military',
  military: 'military',
  civilian: '',
  civilians: '',
  citizens: '',
  citizen: '',
  nationals: '',
  residents: '',
  worshippers: '',
  hostages: 'hostages',
  hospitalised: 'hospitalised',
  hospitalized: 'hospitalised',
  scene: 'at the scene',
  critical: 'critical',
  gravely: 'critical',
  serious: 'serious',
  seriously: 'serious',
  intensive: 'intensive care',
  // "25 unidentified bodies", "three of the victims are still unidentified": a part of the dead.
  unidentified: 'unidentified',
  // Those who were there (a crowd's size), never those hurt there.
  present: 'present',
  // Those the police seek over an attack: suspects not yet held.
  wanted: 'wanted',
  treatment: 'under treatment',
  recovered: 'recovered',
  later: 'died later',
  part: 'part',
  foreigners: 'foreigners',
  foreign: 'foreigners',
  tourists: 'foreigners',
  women: 'women',
  men: 'men',
  policeman: 'police',
  policemen: 'police',
  cops: 'police',
  guards: 'police',
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
  officers: 'police',
  bombers: 'attackers',
  bomber: 'attackers',
  terrorists: 'attackers',
  suspects: '',
  passengers: '',
  concertgoers: '',
  worshipers: '',
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
 * A nationality word: capitalised where the subject was written ("Afghan", "Pakistanis"), or
 * one of the irregular forms. Anything else that is neither a role nor a nationality ("brave",
 * "dead", "years", "fatalities") says nothing about who is counted and is dropped.
 */
function nationOf(raw: string, lower: string): string | null {
  if (NATIONS[lower]) return NATIONS[lower] ?? null;
  if (!/^\p{Lu}/u.test(raw) || lower.length < 4) return null;
  return foldNation(lower);
}

/**
 * Reduces a subject phrase to a population key: roles folded onto one role each ("soldiers",
 * "troops", "service members" -> military; "gunmen", "militants" -> attackers), nationalities
 * folded ("Americans", "US" -> us), and every other word dropped, so that measure nouns and
 * adjectives ("fatalities", "brave", "dead") never split a fact. Words for the victims in
 * general (civilians, residents, worshippers, passengers; suspects among the arrested) say who
 * was there, not which part: "Afghan civilians" are "Afghans", "44 worshippers" the toll; Marines are a part of the
 * military and keep their own key, so "11 Marines" never conflicts with "13 service members".
 */
export function subjectKey(subject: string | undefined): string {
  if (!subject) return '';
  const words = subject.match(/[\p{L}.]+/gu) ?? [];
  const parts = new Set<string>();
  for (const text of words) {
    const raw = text.replace(/^\.+|\.+$/g, '');
    const word = raw.toLowerCase();
    if (!word || GENERIC.has(word)) continue;
    const role = ROLES[word];
    if (role !== undefined) {
      if (role) parts.add(role);
      continue;
    }
    const folded = nationOf(raw, word.replace(/\./g, '') === 'us' ? 'us' : word);
    if (folded) parts.add(folded);
  }
  // "part" marks a part no word names ("27 of the dead"); a named population says which part,
  // so "including 11 children" and "11 children were killed" are one fact.
  // "three members (of parliament)" are some body's members, unless of the armed services.
  if (words.some((w) => /^members?$/iu.test(w)) && !parts.has('military')) parts.add('members');
  if (parts.size > 1) parts.delete('part');
  return [...parts].sort().join(' ');
}
