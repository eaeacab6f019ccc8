/**
 * Synthetic wire-style articles for the graph benchmark: deterministic (seeded), templated,
 * 2-4 KB each, with a Zipf-like cast so a few people recur in thousands of articles and most
 * in a handful, as in a real news archive.
 */

/** Mulberry32: small, fast, and the same sequence on every machine for one seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'John', 'Maria', 'Ahmed', 'Elena', 'David', 'Fatima', 'Peter', 'Anna', 'Michael', 'Sofia', 'James', 'Laura', 'Robert', 'Olga',
  'Thomas', 'Claire', 'Daniel', 'Ingrid', 'Mark', 'Julia', 'Paul', 'Yasmin', 'Andrew', 'Helen', 'Richard', 'Nadia', 'Stephen',
  'Carmen', 'George', 'Isabel', 'Henry', 'Leila', 'Martin', 'Sarah', 'Victor', 'Monica', 'Samuel', 'Irina', 'Patrick', 'Grace',
  'Omar', 'Alice', 'Hassan', 'Rachel', 'Ivan', 'Emma', 'Carlos', 'Lucia', 'Pierre', 'Marta', 'Hans', 'Eva', 'Luis', 'Diana',
  'Kenji', 'Amira', 'Joseph', 'Rosa', 'Edward', 'Nina', 'Simon', 'Teresa', 'Arthur', 'Vera', 'Frank', 'Alicia', 'Walter',
  'Beatrice', 'Oscar', 'Camille', 'Felix', 'Hannah', 'Tariq', 'Miriam', 'Jorge', 'Chloe', 'Nikolai', 'Ruth', 'Marco', 'Agnes',
] as const;

const SURNAME_HEADS = [
  'Kor', 'Mar', 'Bel', 'Dran', 'Hal', 'Ost', 'Pel', 'Ren', 'Sav', 'Tor', 'Vell', 'Wick', 'Ald', 'Bram', 'Cal', 'Dun', 'Fen',
  'Gar', 'Hol', 'Lund', 'Mor', 'Nor', 'Pax', 'Quin', 'Rad', 'Sten', 'Tam', 'Vos', 'Wal', 'Zel', 'Brun', 'Carr', 'Dal', 'Esk',
] as const;
const SURNAME_MIDS = ['', 'a', 'e', 'i', 'o', 'en', 'ar', 'il', 'ov', 'es'] as const;
const SURNAME_TAILS = ['sky', 'ton', 'berg', 'ez', 'ini', 'ford', 'ssen', 'ley', 'vic', 'and', 'ard', 'ham', 'wood', 'ner', 'ko', 'ani'] as const;

const TITLES = [
  'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Prime Minister', 'President', 'Senator', 'Governor', 'Ambassador',
  'General', 'Mayor', 'Interior Minister', 'Health Minister', 'Trade Minister', 'Judge',
] as const;
const ROLE_NOUNS = ['chief executive', 'spokesman', 'spokeswoman', 'chairman', 'director', 'chief economist', 'general counsel', 'founder'] as const;

const ORG_STEMS = [
  'Northwind', 'Meridian', 'Halcyon', 'Vantage', 'Bluestone', 'Crescent', 'Granite', 'Harbor', 'Summit', 'Keystone', 'Pioneer',
  'Silverline', 'Redwood', 'Atlas', 'Beacon', 'Cobalt', 'Evergreen', 'Falcon', 'Orion', 'Sterling',
] as const;
const ORG_SUFFIXES = ['Energy', 'Bank', 'Airlines', 'Holdings', 'Motors', 'Pharmaceuticals', 'Telecom', 'Shipping', 'Mining', 'Foods'] as const;
const INSTITUTIONS = [
  'United Nations', 'World Bank', 'International Monetary Fund', 'European Union', 'World Health Organization', 'NATO',
  'African Union', 'Red Cross', 'International Atomic Energy Agency', 'World Trade Organization',
] as const;

const PLACES: readonly (readonly [city: string, country: string])[] = [
  ['Paris', 'France'], ['Berlin', 'Germany'], ['Madrid', 'Spain'], ['Rome', 'Italy'], ['Warsaw', 'Poland'], ['Vienna', 'Austria'],
  ['Cairo', 'Egypt'], ['Nairobi', 'Kenya'], ['Lagos', 'Nigeria'], ['Tokyo', 'Japan'], ['Seoul', 'South Korea'], ['Jakarta', 'Indonesia'],
  ['Manila', 'Philippines'], ['Lima', 'Peru'], ['Bogota', 'Colombia'], ['Santiago', 'Chile'], ['Ottawa', 'Canada'], ['Canberra', 'Australia'],
  ['Ankara', 'Turkey'], ['Athens', 'Greece'], ['Lisbon', 'Portugal'], ['Oslo', 'Norway'], ['Stockholm', 'Sweden'], ['Helsinki', 'Finland'],
  ['Kyiv', 'Ukraine'], ['Moscow', 'Russia'], ['Beijing', 'China'], ['New Delhi', 'India'], ['Islamabad', 'Pakistan'], ['Tehran', 'Iran'],
  ['Baghdad', 'Iraq'], ['Amman', 'Jordan'], ['Riyadh', 'Saudi Arabia'], ['Brasilia', 'Brazil'], ['Mexico City', 'Mexico'], ['Hanoi', 'Vietnam'],
];

const TOPICS = [
  'the ceasefire talks', 'the trade agreement', 'the budget deficit', 'the drought', 'the election', 'the pipeline project', 'the refugee crisis',
  'the new tariffs', 'the vaccine rollout', 'the border dispute', 'the interest rate decision', 'the merger', 'the strike', 'the flood relief effort',
  'the nuclear programme', 'the fishing quotas', 'the corruption inquiry', 'the grain exports', 'the power outages', 'the debt restructuring',
] as const;
const QUOTE_OPENERS = [
  'We will not accept', 'There is no doubt about', 'Nobody should underestimate', 'We are deeply concerned about', 'It is too early to judge',
  'We have made real progress on', 'The government remains committed to', 'Our position has not changed on', 'We expect a decision soon on',
  'There can be no delay on', 'We welcome the progress on', 'It would be a mistake to ignore',
] as const;
const QUOTE_CLOSERS = [
  'and we will keep talking', 'whatever the cost', 'in the coming weeks', 'and the public deserves answers', 'before the end of the year',
  'and our partners agree', 'despite the pressure', 'because lives are at stake', 'and the markets know it', 'as long as it takes',
] as const;
const CLAUSES = [
  'the talks would resume next week', 'the company would cut its forecast', 'the government was ready to compromise', 'new sanctions were under consideration',
  'the deal had collapsed', 'aid deliveries would be stepped up', 'the vote would be postponed', 'the investigation would continue',
  'prices were likely to rise further', 'the troops would withdraw by spring', 'the figures were worse than expected', 'a settlement was within reach',
] as const;
const FILLERS = [
  'Markets in {city} were steady after the announcement, with traders waiting for further details.',
  'Officials in {country} have been under growing pressure to act since the summer.',
  'The issue has dominated debate in {city} for weeks, and analysts expect it to shape the next budget.',
  'Demonstrators gathered outside government buildings in {city} on {day}, demanding clearer answers.',
  'The {org} has published several reports on the subject over the past two years.',
  'Diplomats said a further round of meetings could take place in {city2} before the end of the month.',
  'Talks between {country} and {country2} have stalled repeatedly since the spring.',
  'Economists said the outcome would matter well beyond {country}, because of its role in regional trade.',
] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const AGENCIES = ['Reuters', 'Associated Press', 'AFP'] as const;

/** A person of the synthetic cast; rank 0 is the most mentioned. */
export interface CastMember {
  first: string;
  surname: string;
  full: string;
  title: string;
}

export interface Corpus {
  articles: string[];
  /** The cast in popularity order: cast[0] recurs most. */
  cast: CastMember[];
  /** How many articles name each cast member (index = rank). */
  appearances: number[];
}

function surnameFor(index: number): string {
  const h = SURNAME_HEADS[index % SURNAME_HEADS.length]!;
  const m = SURNAME_MIDS[Math.floor(index / SURNAME_HEADS.length) % SURNAME_MIDS.length]!;
  const t = SURNAME_TAILS[Math.floor(index / (SURNAME_HEADS.length * SURNAME_MIDS.length)) % SURNAME_TAILS.length]!;
  return h + m + t;
}

/**
 * The cast: every person has a unique surname (cross-document resolution merges people on
 * surname, so a shared surname would silently fuse two benchmark people into one entity).
 */
function buildCast(size: number, random: () => number): CastMember[] {
  const surnameCount = SURNAME_HEADS.length * SURNAME_MIDS.length * SURNAME_TAILS.length;
  const order = Array.from({ length: surnameCount }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, Math.min(size, surnameCount)).map((s, i) => {
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
    const surname = surnameFor(s);
    return { first, surname, full: `${first} ${surname}`, title: TITLES[i % TITLES.length]! };
  });
}

/** Draws ranks with probability proportional to 1 / (rank + 1): Zipf with exponent 1. */
function zipfSampler(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cumulative[r] = sum += 1 / (r + 1);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Builds `count` unique articles from `seed`; the same arguments give the same corpus. */
export function generateCorpus(count: number, seed = 42): Corpus {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cast = buildCast(Math.max(200, count * 2), random);
  const drawPerson = zipfSampler(cast.length, random);
  const appearances = new Array<number>(cast.length).fill(0);
  const orgs = ORG_STEMS.flatMap((s) => ORG_SUFFIXES.map((x) => `${s} ${x}`));
  const articles: string[] = [];

  for (let n = 0; n < count; n++) {
    const people: CastMember[] = [];
    const wanted = 3 + Math.floor(random() * 4);
    for (let guard = 0; people.length < wanted && guard < 50; guard++) {
      const member = cast[drawPerson()]!;
      if (!people.includes(member)) people.push(member);
    }
    for (const p of people) appearances[cast.indexOf(p)]!++;
    const [city, country] = pick(PLACES);
    const [city2, country2] = pick(PLACES);
    const org = pick(orgs);
    const institution = pick(INSTITUTIONS);
    const topic = pick(TOPICS);
    const day = pick(DAYS);
    const month = pick(MONTHS);
    const date = `${month} ${1 + Math.floor(random() * 28)}, ${2015 + Math.floor(random() * 9)}`;
    const fill = (template: string) =>
      template.replace('{city}', city).replace('{city2}', city2).replace('{country}', country).replace('{country2}', country2).replace('{org}', institution).replace('{day}', day);
    // Half the quotes name a place or institution, so statements have something to be about.
    const quote = () => `${pick(QUOTE_OPENERS)} ${pick(TOPICS)}${random() < 0.5 ? ` in ${pick([country2, city2, institution])}` : ''} ${pick(QUOTE_CLOSERS)}`;

    const [lead, second, ...rest] = people as [CastMember, CastMember, ...CastMember[]];
    const headline = `${lead.surname} warns on ${topic.replace(/^the /, '')} as ${second.surname} meets officials in ${city}`;
    const paragraphs: string[] = [
      `${city.toUpperCase()}, ${date} (${pick(AGENCIES)}) - ${country}'s ${lead.title} ${lead.full} said on ${day} that ${pick(CLAUSES)}, in a new turn in ${topic}.`,
      `"${quote()}," ${lead.surname} said at a news conference in ${city}, adding that ${country} had told the ${institution} of its plans.`,
      `${second.full}, the ${org}'s ${pick(ROLE_NOUNS)}, told ${lead.surname} that ${pick(CLAUSES)}.`,
      `"${quote()}," ${second.surname} said. "${quote()}."`,
      fill(pick(FILLERS)),
    ];
    for (const person of rest) {
      const form = Math.floor(random() * 4);
      if (form === 0) paragraphs.push(`"${quote()}," said ${person.full}, a ${pick(ROLE_NOUNS)} at ${pick(orgs)}.`);
      else if (form === 1) paragraphs.push(`${person.title} ${person.full} told reporters in ${city2} that ${pick(CLAUSES)}.`);
      else if (form === 2) paragraphs.push(`${person.full} said ${pick(CLAUSES)}, and criticised ${lead.surname} over ${pick(TOPICS)}.`);
      else paragraphs.push(`${person.full}, who met ${second.full} in ${city2} last month, said ${pick(CLAUSES)}.`);
      paragraphs.push(fill(pick(FILLERS)));
      paragraphs.push(`"${quote()}," ${person.surname} said.`);
    }
    paragraphs.push(`${lead.surname} is expected to travel to ${city2} later this month for talks with officials from ${country2}.`);
    while (paragraphs.join('\n\n').length < 2000) {
      paragraphs.push(fill(pick(FILLERS)));
      paragraphs.push(`"${quote()}," ${pick(people).surname} said.`);
    }
    let body = paragraphs.join('\n\n');
    while (body.length > 3900) body = body.slice(0, body.lastIndexOf('\n\n'));
    // The dispatch number makes every text unique even when the templates coincide.
    articles.push(`${headline}\n\n${body}\n\n(Dispatch ${seed}-${n})\n`);
  }
  return { articles, cast, appearances };
}
