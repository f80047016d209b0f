/**
 * The words that tell what a figure measures. Lower-case, one table per measure, so an analyst
 * reading a miss can see at once which word is missing.
 */
import { wordTable } from '../text/word-table';

/** Casualty cue words, by measure. */
export const CASUALTY_CUES: Record<string, ReadonlySet<string>> = {
  deaths: new Set(
    (
      'killed kill kills killing dead died die dies dying death deaths fatalities fatality ' +
      'perished slain murdered massacred martyred martyring lives toll executed bodies'
    ).split(' '),
  ),
  injured: new Set(
    'wounded wounding wounds injured injuring injuries injury hurt maimed'.split(' '),
  ),
  missing: new Set('missing unaccounted disappeared'.split(' ')),
  hostages: new Set('hostage hostages kidnapped abducted captives'.split(' ')),
};

/**
 * Words that link a measure named earlier in the clause to the figure after them: "the number
 * of deaths ... is 95", "the toll has risen to 54", "gave the victim count as 100".
 */
export const LINK_WORDS = new Set(
  (
    'is was are were be been stands stood stand at to as reached reaches hit hits passed ' +
    'surpassed exceeded topped crossed'
  ).split(' '),
);

/**
 * Nouns that name a toll only at the head of a clause linked to its figure ("the victim count
 * ... was given as 100", "casualties have risen to 360", "the total now stands at 103"), or
 * just before a bare figure no cue word reaches ("brought the total down from 359"); elsewhere
 * they are too loose ("47 victims" may be the wounded).
 */
export const CLAUSE_HEAD_NOUNS: Readonly<Record<string, string>> = wordTable({
  victim: 'deaths',
  victims: 'deaths',
  casualties: 'deaths',
  casualty: 'deaths',
  total: 'deaths',
  tally: 'deaths',
});

/**
 * Words after a casualty figure that make it a part of its measure (see parts.ts): the
 * hospitalised or critically hurt among the injured, those who died later among the dead.
 */
export const INJURY_STATES: Readonly<Record<string, string>> = wordTable({
  hospitalised: 'hospitalised',
  hospitalized: 'hospitalised',
  hospitalisation: 'hospitalised',
  hospitalization: 'hospitalised',
  // Hospitals grade a patient's condition (critical, serious) and say where they lie (intensive
  // care): three different counts, reported side by side ("17 gravely, another 23 seriously").
  critical: 'in critical condition',
  critically: 'in critical condition',
  gravely: 'in critical condition',
  'life-threatening': 'in critical condition',
  serious: 'in serious condition',
  seriously: 'in serious condition',
  badly: 'in serious condition',
  intensive: 'in intensive care',
  icu: 'in intensive care',
});
/**
 * Words before "hospital" or "treatment" that make the figure those still being cared for at
 * the time of the report ("149 remained in hospital", "53 were being treated", "receiving
 * treatment"): a part of the hospitalised that shrinks as patients go home.
 */
export const UNDER_TREATMENT_CUES = new Set(
  'still remain remains remained remaining being receiving undergoing under'.split(' '),
);
/**
 * Verbs that recover bodies ("17 bodies were pulled from the rubble", "taken out of the
 * debris"): a count of the recovered so far, a part of the dead, never the toll itself.
 */
export const RECOVERY_VERBS = new Set(
  'recovered retrieved pulled extracted dug removed taken'.split(' '),
);
export const DEATH_STATES: Readonly<Record<string, string>> = wordTable({
  later: 'died later',
  afterwards: 'died later',
  subsequently: 'died later',
  hospital: 'died later',
});

/** Count cue words, by measure. */
export const COUNT_CUES: Record<string, ReadonlySet<string>> = {
  arrests: new Set(
    'arrested arrest arrests detained detain detention apprehended custody captured charged'.split(
      ' ',
    ),
  ),
  recruits: new Set(
    'recruits recruit recruited join joined joining fighters volunteers enlisted'.split(' '),
  ),
};

/** Head nouns of a unit that make the figure a count of that kind ("12 plots"). */
export const UNIT_MEASURES: Readonly<Record<string, string>> = wordTable({
  plot: 'plots',
  plots: 'plots',
  attack: 'attacks',
  attacks: 'attacks',
  bombing: 'attacks',
  bombings: 'attacks',
  strikes: 'attacks',
  raids: 'attacks',
  // "two blasts", "three explosions": how many, never a toll of people.
  blast: 'attacks',
  blasts: 'attacks',
  explosion: 'attacks',
  explosions: 'attacks',
  // "two car bombs", "three rockets": devices set off, counted like the blasts they make.
  bomb: 'attacks',
  bombs: 'attacks',
  rockets: 'attacks',
  missiles: 'attacks',
  shootings: 'attacks',
  assaults: 'attacks',
  recruits: 'recruits',
  fighters: 'recruits',
  arrests: 'arrests',
});

/** Units that are durations, shares or money: figures, but not counts an analyst compares. */
export const NON_COUNT_UNITS = new Set(
  (
    'year years month months week weeks day days hour hours minute minutes second seconds ' +
    'decade decades century centuries percent usd eur gbp jpy times km kilometres kilometers ' +
    'miles metres meters kg tons tonnes'
  ).split(' '),
);

/**
 * Counted things that are never people ("15 homes were searched", "three vehicles"): no arrest
 * or casualty cue nearby makes them a toll; they are counts of their own.
 */
export const THING_UNITS = new Set(
  `home homes house houses building buildings apartment apartments flat flats property properties
  premises address addresses location locations site sites vehicle vehicles car cars truck trucks
  weapon weapons gun guns rifle rifles phone phones computer computers document documents
  hospital hospitals school schools`.split(/\s+/u),
);

/** Units that name no one in particular: they are not a subject. */
export const GENERIC_UNITS = new Set(
  'people persons others individuals person one ones'.split(' '),
);

/** Nouns naming an event. */
export const EVENT_NOUNS = new Set(
  (
    'attack attacks assault bombing bombings blast explosion explosions shooting massacre siege ' +
    'raid raids plot plots strike strikes operation hostage-taking ambush incident invasion ' +
    'offensive barrage rampage killing killings uprising break fire gunfire'
  ).split(' '),
);

/**
 * Event nouns whose plural speaks of several events ("the 2022 and 2023 rocket attacks"), so a
 * date series over them is no contradiction. Singular forms; core/compare's event key reads it.
 */
export const COUNTABLE_EVENT_NOUNS: ReadonlySet<string> = new Set(
  (
    'attack assault bombing bomb blast explosion shooting massacre raid strike incident ' +
    'operation killing plot offensive barrage ambush'
  ).split(' '),
);

/** Nouns naming a place where an event happens. */
/**
 * Venue words: two event cues naming different venues ("embassy" vs "airport") are different
 * events even in one city. The one list; core/compare's event key reads it too.
 */
export const VENUE_NOUNS: ReadonlySet<string> = new Set(
  (
    'airport embassy consulate hall mall hotel stadium arena parade prison jail school ' +
    'university hospital church cathedral mosque synagogue temple shrine market bazaar station ' +
    'metro subway train bus theatre theater cinema concert festival club bar restaurant cafe ' +
    'office ministry parliament palace bridge port harbour harbor checkpoint base barracks gate ' +
    'museum pipeline border crossing square'
  ).split(' '),
);

/**
 * Venues that do not make a capitalised name an event cue: vehicles and lines a reporter names
 * as the setting of an attack on a city ("the St. Petersburg metro", "a train"), and the
 * offices that speak about an event far more often than they are its scene ("Sri Lanka's
 * foreign ministry said", "the prime minister's office").
 */
const NOT_CUE_VENUES = new Set(['metro', 'subway', 'train', 'bus', 'ministry', 'office']);

/** Venue nouns that, next to a name, make an event cue ("Crocus City Hall", "Kabul airport"). */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  ...[...VENUE_NOUNS].filter((word) => !NOT_CUE_VENUES.has(word)),
  'embassies',
]);

/** Words that mark a sentence as telling of an event (for date suggestions). */
export const EVENT_VERBS = new Set(
  (
    'killed killing attacked launched fired bombed arrested detained claimed struck exploded ' +
    'published occurred happened carried disrupted planned foiled blew targeted stormed seized ' +
    'wounded died'
  ).split(' '),
);

/** Verbs that introduce what someone says or reports. */
export const SPEECH_VERBS = new Set(
  (
    'said says told stated states reported reports announced announces alleged alleges claimed ' +
    'claims found finds estimated estimates counted recorded confirmed confirms noted notes'
  ).split(' '),
);

/** Pronouns that need resolving to a name. */
export const PRONOUNS = new Set('it they he she its their'.split(' '));

/**
 * Verbs that report what someone says: their subject is the speaker of the clause after them
 * ("Washington says ISKP was responsible"), and no name runs across them.
 */
export const SAYING_VERBS = new Set(
  (
    'said says say claimed claims stated states believes believe announced alleged insisted ' +
    'insists maintains added told'
  ).split(' '),
);

/**
 * Verbs that revise a reported figure ("the toll rose to 44 on Monday", "on Thursday the
 * authorities reduced the number killed"): a date they govern is the day of the revision, not
 * of the event. Not "fell", "dropped" or "went": "a rocket fell on Monday" dates the event.
 */
export const REVISION_VERBS = new Set(
  (
    'revises revise lowered lowers lower reduced reduces reduce cut cuts corrected ' +
    'corrects adjusted adjusts downgraded upgraded raised raises rose rises risen ' +
    'climbed climbs increased increases jumped jumps'
  ).split(' '),
);

/**
 * Verbs of publishing, reporting and exhorting: a date they govern ("published in June 2024",
 * "warned Moscow in early March") is the date of the telling, not of the event told.
 */
export const REPORT_VERBS = new Set(
  (
    'published publishes publish released releases issued issues posted posts printed aired ' +
    'broadcast reported reports announced announces said says told stated states wrote writes ' +
    'noted notes reminded reminds urged urges warned warns praised praises boasted boasts ' +
    'called calls declared declares updated revised tweeted circulated quoted cited added ' +
    'revealed reveals disclosed testified commented remarked explained argued'
  ).split(' '),
);

/** Nouns of publications: "the April issue" dates an issue, not an event. */
export const PUBLICATION_NOUNS = new Set(
  (
    'issue issues edition editions report reports statement statements video videos magazine ' +
    'article articles interview interviews poster posters post posts speech speeches bulletin ' +
    'broadcast episode update updates volume communique communiqué press release newsletter ' +
    'message messages sermon audio recording census survey'
  ).split(' '),
);

/** Words that open a period ("since 2020", "until 2024"): a span's bound, not an event's date. */
export const PERIOD_BOUNDS = new Set('since until till uptil'.split(' '));

/** Sentence adverbs that sit between a subject and its verb and never end a speaker's name. */
export const CLAUSE_ADVERBS = new Set(
  (
    'also has have had officially reportedly later quickly formally then allegedly already ' +
    'publicly immediately subsequently swiftly now still repeatedly both nevertheless ' +
    'nonetheless however meanwhile instead again too first since though thus therefore hence ' +
    'indeed yet earlier previously initially originally ultimately eventually finally jointly ' +
    'separately likewise similarly moreover furthermore accordingly once soon today yesterday ' +
    'tonight recently lately even further duly'
  ).split(' '),
);
