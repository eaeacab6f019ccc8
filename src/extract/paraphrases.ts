import type { ExtractedStatement, Span } from './types';
import type { AnalysedText } from './document';
import { mentionsIn, sentenceAt } from './document';
import { coordinatedOpening, DOCUMENT_BY, documentMaker, documentOpensBefore, findSubject, findSubjects, INTERVIEW_LABEL, sentenceSubject, stripDateline, type Subject } from './subject';
import { THAT_VERBS, CLAUSE_VERBS, INFINITIVE_VERBS, INFORM_VERBS, NAMING_VERBS, PARTICIPLES, REPORTING_VERBS, SAY_VERBS, SPEECH_VERBS } from './speech';
import { describedOrganisation, describedThenNamed, isOrganisationNoun, isSingleTitle, nearestPerson, ORG_NOUNS, pronounGender } from './attribution';

/**
 * Leading words of a reported clause that are not its content: 'said Tuesday that',
 * 'said in a statement that', 'said last year that', 'reported in February that', and a
 * sentence adverb set off by commas: 'warned, though, that', 'said, however, that'.
 */
const CLAUSE_LEAD =
  /^(?:\s*(?:on\s+|last\s+|this\s+|in\s+|earlier\s+|late\s+)?(?:\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?|year|week|month|January|February|March|April|May|June|July|August|September|October|November|December)\b|\s*in (?:a|an|his|her|their|its) (?:[\w-]+\s+){0,2}?(?:statement|interview|response|email|post|opinion|letter|report|ruling|filing|note|speech|briefing)\b|\s*on (?:twitter|x|facebook|television|radio)\b|\s*(?:later|earlier|again|also|separately|publicly|privately|previously|repeatedly|recently)\b|\s*,\s*(?:though|however|nonetheless|nevertheless|meanwhile|moreover|too)\s*,|\s*that\b|\s*,)*\s*/iu;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Month names as news agencies abbreviate them before a day: 'on Sept 18', 'on Feb. 9'. */
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/**
 * 'The United States is close to ..., Kerry says, as ...': the reported clause comes first. The
 * attribution may carry a day or a setting: '..., it said in a report in March.', '..., scientists said in a
 * study published on Wednesday in Nature.' (a document with its publication participle), '..., told reporters in the
 * town of Kestrel.'
 */
const INVERTED_SETTING = `\\s*in\\s+the\\s+(?:town|city|village|capital|port|district|province|region)\\s+of\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?=\\s*[,.;]|\\s*$)|\\s*in (?:a|an|its|his|her|their|the) (?:[\\w-]+\\s+){0,2}?(?:study|paper|report|article|analysis|survey)\\s+(?:published|released|issued|posted|presented)(?:\\s+[^,.;“”"]{1,80}?)?(?=\\s*[,.;]|\\s*$)|\\s*here\\b|\\s*(?:yesterday|today|tonight)\\b|\\s*(?:this|last)\\s+(?:morning|afternoon|evening|night)\\b|\\s*\\(\\p{Lu}[\\p{L}\\d&.-]{1,11}\\)|\\s*(?:(?:on|last|this|late|earlier|(?:late|early)\\s+on)\\s+)?\\p{Lu}\\p{Ll}+day(?:\\s+(?:morning|afternoon|evening|night))?\\b|\\s*in (?:a|an|its|his|her|their) (?:[\\w:.-]+\\s+){0,2}?(?:statement|report|interview|letter|ruling|judgment|filing|note|post|briefing|update|bulletin)\\b|\\s*(?:in|last|this|earlier|late)\\s+(?:${MONTHS}|week|month|year)\\b|\\s*(?:on|last)\\s+(?:${MONTHS}|(?:${MONTH_ABBREVIATIONS})\\.?)\\s+\\d{1,2}\\b|\\s*(?:at|during)\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+(?=\\s*[,.;]|\\s*$)|\\s*(?:reporters|journalists)\\b|\\s*to\\s+(?:the\\s+)?(?:press|media|reporters|journalists)\\b|\\s*on\\s+the\\s+sidelines\\s+of\\s+[^,.;]{1,80}?(?=\\s*[,.;]|\\s*$)|\\s*(?:in|at)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?=\\s*[,.;]|\\s*$)|\\s*(?:to|with)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:(?:of|and|for|on)\\s+)?\\p{Lu}[\\p{L}'’&.-]*){0,6}(?:\\s*\\([\\p{Lu}\\d&.-]{2,10}\\))?(?=\\s*[,.;]|\\s+(?:late|early|on|last|this|earlier|in)\\b|\\s*$)`;
const INVERTED_TAIL = new RegExp(`^(?:${INVERTED_SETTING})*\\s*(?:[,.;]|$)`, 'u');
/**
 * A setting, then the writer's circumstance: '..., the minister said on Tuesday as hospitals struggled ...'. Not 'as
 * many as', 'as well as' (the clause itself: 'said on Monday as many as 40 ...').
 */
const INVERTED_TAIL_CIRCUMSTANCE = new RegExp(`^(?:${INVERTED_SETTING})+\\s+(?:as|while|amid)\\s+(?!(?:many|much|well|long|soon|far|few|little|part|of|to|if|though|a|an)\\b)`, 'u');
/**
 * True when the words after a verb close an inverted attribution; after 'told' the one addressed
 * comes first: '..., its managing director X told Xinhua.', '..., Liv Nissen, told dpa.'
 */
function invertedTail(doc: AnalysedText, word: string, verbEnd: number, tail: string): boolean {
  if (INVERTED_TAIL.test(tail) || INVERTED_TAIL_CIRCUMSTANCE.test(tail)) return true;
  if (!/^t[eo]l/.test(word)) return false;
  // 'X told Tatoli, the national news agency, that ...': the one addressed, described, then the clause.
  if (ADDRESSEE_APPOSITIVE_THAT.test(tail)) return false;
  const addressee = doc.mentions.find((m) => m.start > verbEnd && m.start - verbEnd <= 5 && /^\s+(?:the\s+)?$/i.test(doc.text.slice(verbEnd, m.start)));
  if (addressee === undefined) return TOLD_OUTLET.test(tail) || TOLD_LISTENER_TAIL.test(tail);
  return INVERTED_TAIL.test(doc.text.slice(addressee.end, verbEnd + tail.length));
}
/** 'told analysts on Wednesday, after ...', 'told the court.': listeners named by a common noun, then only settings, closing the attribution. */
const TOLD_LISTENER_TAIL = new RegExp(`^\\s+(?:this\\s+(?:newspaper|paper|reporter|website)|(?:the\\s+)?(?:analysts|investors|shareholders|lawmakers|legislators|senators|delegates|councillors|parliament|court|committee|jury|hearing|inquiry|tribunal|panel|assembly|audience|crowd|conference|meeting|briefing|students|residents|supporters|staff|workers))(?:${INVERTED_SETTING})*\\s*(?:[,.;]|$)`, 'u');
/** 'told Dawn.', 'told The Harbour Times on Monday.': an outlet the names step did not find, closing the sentence. */
const TOLD_OUTLET = new RegExp(`^\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,3}(?:${INVERTED_SETTING})*\\s*(?:[,.;]|$)`, 'u');
/**
 * After an inserted attribution, ', and' with a clause whose verb is backshifted ('would', 'had'): the report goes on
 * ('..., he said, and traffic would resume on Thursday'); a bare verb there is the speaker's own act (', and urged ...').
 */
const REPORTED_COORDINATE = /^,\s*(?=(?:and|but)\s+(?:(?:the|a|an|its|their|his|her)\s+)?((?:[\p{L}-]+\s+){0,3}?)(?:would|could|might|should|had)\s)/u;
/** The coordinated report after an inserted attribution, unless a word before its modal is a verb of the speaker's ('and warned prices would ...'). */
function reportedCoordinate(tail: string): RegExpExecArray | null {
  const m = REPORTED_COORDINATE.exec(tail);
  return m && !m[1]!.split(/\s+/).some((w) => REPORTING_VERBS.has(w.toLowerCase()) || /^\p{Ll}+ed$/u.test(w)) ? m : null;
}
/** An addressee with an appositive before the that-clause: ' Tatoli, Timor-Leste's national news agency, that'. */
const ADDRESSEE_APPOSITIVE_THAT = /^(?:\s[^,.;:"“”]{1,60})?,\s[^,.;:"“”]{1,80},\s+that(?=\s)/u;
/** A preposition after an inserted attribution that completes the verb before it: ', about ...', ', to ...'. */
const PREPOSITION_RESUMES = /^,\s*(?:about|over|against)\s/u;
/** After an inserted attribution the clause resumes, unless a new clause or participle starts ('..., as', '..., describing'). */
const RESUMES = /^,\s*(?=\p{Ll})(?!(?:as|while|after|when|before|because|but|and|or|which|who|so|though|although|\p{Ll}+ing)\b)/u;
/** Subjects named by a plain noun phrase ('Activists and medics reported ...'): a statement with no named speaker. */
const UNNAMED_SUBJECT =
  /^(?:(?:as|while|and|but|where|although|though|whereas)\s+)?(?:(?:the|some|many|several|most|two|three|four|a|an|other|local|us|u\.s\.|western|senior)\s+)*(?:[\p{L}-]+\s+and\s+(?=[\p{L}-]+\s+\p{Ll}))?(?:[\p{L}'’-]+\s+){0,2}?(?:officials?|officers?|organi[sz]ations|delegates|advocates|negotiators?|directorate|residents?|activists?|medics?|witnesses|researchers?|scientists?|experts?|analysts?|critics?|opponents?|supporters?|organi[sz]ers?|doctors?|police|gendarmes|troops|authorities|neighbou?rs|traders?|fishermen|fishers|farmers|companies|firms|businesses|miners|workers?|sources?|observers?|economists?|investors?|diplomats?|lawmakers?|prosecutors?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|campaigners|protesters|employees|staff|parents|teachers|rescuers|survivors|villagers|locals|families|unions?|leaders?|groups|agencies|opposition|authors|government|nurses?|patients|owners|operators?|merchants|shopkeepers|drivers|passengers|voters|fans|members|candidates|commuters|travell?ers|tourists|visitors|customers|consumers|shoppers|motorists|tenants|students|users|citizens|clinics|hospitals|schools|study|report|paper|survey)(?:\s+and\s+[\p{Ll} ]+)?(?:\s+\p{Ll}+(?:ed|ing))?(?:\s+(?:in|at|from|of|on|near|for|with)\s+[\p{L}.’' ]+)?(?:,?\s+(?:who|whose)\s.+)?$/iu;
/** Firms referred to with 'the': named before ('the companies said in a joint filing'). */
const NAMED_FIRMS = /^(?:(?:and|but)\s+)?(?:the|both)\s+(?:[\p{Ll}-]+\s+)?(?:companies|firms|businesses)$/iu;
/** A study's authors as a whole: 'the team reported', 'the research team found' (a possessor names whose team it is: 'Rueda's team'). */
const RESEARCH_TEAM = /^(?:(?:and|but)\s+)?the\s+(?:research\s+|study\s+|international\s+)?team$/iu;
/** A plural subject with a quantifier: 'Some plant pathologists', 'Many freight forwarders in Europe', '..., and several'. */
const QUANTIFIED_SUBJECT = /^(?:(?:and|but)\s+)?(?:some|many|several|most|other|few)(?:\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s(?:\s+(?:in|at|from|of|along|across|around|near|outside)\s+[\p{L}.’' ]+)?)?$/iu;
/** Auxiliaries and adverbs between an unnamed subject and its verb: 'Scientists have long warned'. */
const SUBJECT_AUXILIARY = /(?:\s+(?:have|has|had|also|long|repeatedly|previously|now|already|often|again))+$/i;
/** A bare plural noun of people as a whole subject: 'Archaeologists say', 'Some Belgian curators have warned'. */
const PLURAL_PEOPLE = /^(?:(?:and|but)\s+)?(?:(?:many|some|several|other|most)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:[\p{Ll}-]+\s+)?\p{L}\p{Ll}+(?:ists|ians|ers|ors)(?:\s+and\s+\p{Ll}+(?:ists|ians|ers|ors))?$/u;
/** One unnamed person named by an agent noun: 'A bartender', 'an engineer at the plant', 'A nurse who asked not to be named'. */
const ONE_UNNAMED_WORKER = /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}{3,}(?:er|or|ist|ian)(?:\s+(?:at|in|from|on|with)\s+(?:the\s+)?[\p{L}.’' -]+)?(?:,?\s+who\s.+)?$/u;
/** A whole trade with 'the': 'the industry', 'the fishing industry'. */
const WHOLE_INDUSTRY = /^(?:(?:and|but)\s+)?the\s+(?:[\p{Ll}-]+\s+)?industry$/iu;
/** One unnamed body, indefinite so named nowhere: 'a farmers' association in Bellac', 'a local residents' group'. */
const ONE_UNNAMED_BODY = /^(?:(?:and|but)\s+)?[Aa]n?\s+(?:[\p{L}'’-]+\s+){0,2}(?:association|group|committee|coalition|union|federation|cooperative|co-operative|collective)(?:\s+(?:in|at|from|of|for|near)\s+(?:the\s+)?[\p{L}.’' -]+)?$/u;
/** Agent-looking nouns that name no person: 'a letter', 'a paper', 'an order'. */
const NOT_A_PERSON = /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}(?:letter|paper|order|poster|number|chapter|register|member|corridor|monitor|factor|sector|counter|border|centre|center|meter|filter|computer|container|folder|banner|flyer|flier|trailer|transistor|indicator|reactor|tractor|editorial|partner|minister|master|leader|manager|director|officer|chancellor|governor|commander|senator)\b/u;
/** An appositive closing a subject phrase: 'A senior diplomat, speaking on condition of anonymity,'. */
const CLOSING_APPOSITIVE = /,[^,]{1,120},?\s*$/;
/** A subject with a relative clause set off by commas: 'The researchers, who worked with X,'. */
const RELATIVE_ON_SUBJECT = /^(\s*[^,]+),\s+(?:who|whose)\s[^,]+,\s*$/u;
function isUnnamed(labelled: string): boolean {
  // 'Q: Some politicians say ...': an interview's question label is no part of the subject.
  const raw = labelled.replace(INTERVIEW_LABEL, '');
  if (/,\s*$/.test(raw) && CLOSING_APPOSITIVE.test(raw)) return isUnnamed(raw.replace(CLOSING_APPOSITIVE, ''));
  const phrase = raw.replace(SUBJECT_AUXILIARY, '');
  // '..., but the builders say ...': 'but the' opens a clause of its own ('and' may join a second subject: 'X and farmers say').
  // 'the companies said' points back to companies the article named; 'Mining companies said' names none.
  if (NAMED_FIRMS.test(phrase)) return false;
  // 'A bartender who asked not to be named said ...', 'An engineer at the plant said ...': one unnamed person by occupation.
  if (ONE_UNNAMED_WORKER.test(phrase) && !NOT_A_PERSON.test(phrase)) return true;
  // 'The industry says ...', 'the fishing industry warned ...': a whole trade speaks, no body ('industry estimates put' is a noun).
  if (WHOLE_INDUSTRY.test(phrase)) return true;
  // 'A farmers' association in Bellac had asked ...': an indefinite body is named nowhere.
  if (ONE_UNNAMED_BODY.test(phrase)) return true;
  if (UNNAMED_SUBJECT.test(phrase) || QUANTIFIED_SUBJECT.test(phrase) || RESEARCH_TEAM.test(phrase) || (PLURAL_PEOPLE.test(phrase) && !/^and\s/i.test(raw) && phrase.split(/\s+/).length <= (/^but\s+the\s/i.test(raw) ? 4 : 3))) return true;
  // 'Hoteliers at the same meeting told ...': a plural of people with where they were, in common words.
  const bare = phrase.replace(PEOPLE_SETTING, '');
  return bare !== phrase && /^\p{Lu}/u.test(bare) && PLURAL_PEOPLE.test(bare) && bare.split(/\s+/).length <= 2;
}
/** A plural of people, then a list of the places they are in: 'Herders in the districts of Alba, Berna and Corsa'. */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
const PEOPLE_IN_PLACES = new RegExp(String.raw`^\s*(?:(?:some|many|several|most|other)\s+)?(?:[\p{Ll}-]+\s+)?\p{L}\p{Ll}+(?:ists|ians|ers|ors|men|women)\s+(?:in|at|from|near|across)\s+(?:the\s+(?:[\p{Ll}-]+\s+){1,2}of\s+)?${PLACE_NAME}(?:,\s+${PLACE_NAME})*,?\s+(?:and|or)\s+${PLACE_NAME}\s*$`, 'u');
/** Where unnamed people were, in common words: ' at the same meeting', ' in the camps'. */
/** Also a place's name: 'Herders in Kigamba', 'Fishermen near Port Loko'. */
const PEOPLE_SETTING = /\s+(?:at|in|from|on|near|outside|inside)\s+(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u;

/** Verbs by which a document shows a finding: 'results showed ...', 'data indicate that ...'. */
const SHOW_VERBS: ReadonlySet<string> = new Set(['showed', 'shows', 'show', 'indicated', 'indicates', 'indicate']);
/** A document as a whole subject: 'Official results', 'Preliminary figures', 'The latest census data'. */
/** A document as the subject of a postposed 'shows': ', the report shows', ', the latest survey showed'. */
// A bare plural needs no determiner: '..., results showed.', '..., figures show.'.
const INVERTED_DOCUMENT = /,\s*((?:(?:the|its|their|official|preliminary|provisional|final|latest|new)\s+(?:[\p{Ll}-]+\s+){0,2}?|(?=(?:results|figures|data|statistics)\s))(report|survey|study|data|figures|results|statistics|census|records|poll))(?:\s+(?:also|clearly))?\s+$/iu;
const DOCUMENT_SUBJECT = /^\s*(?:(?:the|official|preliminary|final|provisional|partial|latest|new|government|police)\s+)*(?:results|figures|data|statistics|records|polls?|surveys?|census(?:\s+data)?)(?:\s+(?:also|have|had))*\s*$/iu;
/** 'reported it to the police': a pronoun object and a recipient make an act. */
const REPORTED_TO = /^\s+(?:it|them|this|him|her)\s+to\s/u;
/** A particle making a reporting verb an act: 'ruled out', 'held out', 'found out'. */
const PHRASAL_OUT = /^\s+out\b/;
/** 'told a news conference in Vilnius.', 'added the conversion from the touchline.': with no that-clause, the words must read as a clause. */
const TELL_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'added', 'adds']);

/**
 * Listeners 'told' addresses by a common noun, before the clause: 'told council the plan ...',
 * 'told the court that ...', 'told lawmakers the fund ...'.
 */
const LISTENER = /^\s+(?:the\s+)?(?:council|councillors|court|committee|jury|judge|parliament|lawmakers|legislators|senators|delegates|shareholders|investors|analysts|journalists|residents|members|commissioners|the\s+(?:meeting|hearing|inquiry|tribunal|board|panel|assembly|audience|crowd|conference))(?=\s+(?:that\s+)?(?:the|a|an|its|his|her|their|this|these|those|he|she|it|they|we|i|\p{Lu}))/u;
/** A clause's opening subject word: 'the museum supports ...', 'it would ...', 'Ottawa had ...'. */
const CLAUSE_OPENING = /^\s*(?:the|a|an|its|his|her|their|this|these|those|he|she|it|they|we|i|\p{Lu}\p{L}*)\s+\S+\s+\S+/u;
/** A clause opening with a wh-word is a topic ('explains why ...', 'asked how ...'), not reported content. */
/** 'argued over whether ...', 'asked about how ...': a preposition before the wh-word keeps it a topic. */
const WH_CLAUSE = /^\s*(?:(?:over|about|as\s+to|on)\s+)?(?:why|how|whether|what|where|when|who|which)\b/i;
/** A reported clause opening with an auxiliary or modal has lost its subject: 'says will create ...'. */
const SUBJECT_GAP = /^\s*(?:will|would|could|can|may|might|should|must|shall|is|are|was|were|has|have|had)\s/u;
/** A complement that is only a setting: 'at a news conference at city hall', 'during a visit to X'. */
const SETTING_ONLY = /^\s*(?:at|in|on|during|after|before|outside|inside|from|via|with)\s/u;
/** 'to' before a verb, not before a determiner: 'told residents to stay' (not 'added X to its register'). */
const TO_VERB = /\bto\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)\b)\p{Ll}/u;
/** Fewest words a reported clause has ('conceded defeat shortly' is no statement). */
const MIN_CLAUSE_WORDS = 5;
/** After a plain 'said' a short clause with its own subject is still one: 'said he had no regrets'. */
const MIN_SAID_CLAUSE_WORDS = 4;
/** 'his client would appeal', 'more arrests were expected': a subject of one or two words before its auxiliary. */
const SHORT_CLAUSE_SUBJECT = /^(?:(?:he|she|it|they|we|i|the|this|that|there)\s|(?:\p{L}+\s+){1,2}(?:is|are|was|were|had|has|have|would|will|could)\s)/iu;
/** A pronoun and a verb make a clause of three words: 'said they were frightened'. */
const PRONOUN_CLAUSE = /^(?:he|she|it|they|we|i|\p{Ll}+)\s+(?:is|are|was|were|had|has|have|would|will|could|remained|remains)\s+\p{Ll}+$/iu;
/** Nothing but a preposition (and 'the') before a name opening the sentence: 'Under EU rules ...', 'For the ministry's critics ...'. */
const PREPOSITION_ONLY = /^\s*(?:under|in|for|with|from|by|at|on|after|before|during|against|among|unlike|like|despite|within|without|through|over|to)\s+(?:the\s+)?$/iu;
/** An indefinite noun phrase in apposition right before a subject: ', a change the authority has said ...'. */
const APPOSED_NOUN_BEFORE = /,\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+$/u;
/** Words that open a clause or phrase of their own after 'a(n) X': then the subject is no relative clause's. */
const CLAUSE_LINK = /^(?:after|before|when|while|as|since|because|although|though|and|but|or|where|until|if|so|then|that|which|who|whom|whose|once|day|week|month|year|time|moment|of|for|in|on|at|to|from|with|by)$/;
function reducedRelative(before: string): boolean {
  const m = APPOSED_NOUN_BEFORE.exec(before);
  return m !== null && !m[1]!.split(/\s+/).some((w) => CLAUSE_LINK.test(w));
}
/** A personal pronoun, a verb and its complement: 'he was sceptical', 'they had erred'. */
/** A three-word appeal: the ones urged, 'to', a verb ('residents to evacuate', 'islanders to vote'). */
const SHORT_APPEAL = /^\p{Ll}{3,}\s+to\s+\p{Ll}{3,}$/u;
// A pronoun, a past verb and its object are a clause too: 'said they expected cancellations'.
const OWN_PRONOUN_CLAUSE = /^(?:he|she|it|they|we|i)\s+(?:(?:is|are|was|were|had|has|have|would|will|could)|\p{Ll}{2,}ed)\s+\p{Ll}{3,}$/iu;
/** 'reported several people killed': a short object with a past participle is a clause. */
const PARTICIPLE_CLAUSE = /^(?:\S+\s+){1,3}\p{Ll}{2,}ed$/u;
/** 'called for a joint monitoring programme', 'called on the government to ...': an appeal reports what it asks for. */
const APPEAL_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'calling', 'appealed', 'appeals']);
/** What 'called for' asks of someone: 'called for the data to include ...', 'called for them not to be ...'. */
const APPEAL_INFINITIVE = /^(?:\s+[^\s,.;:“”"]+){1,8}?\s+(?:not\s+)?to\s+(?:be\s+)?\p{Ll}/u;
const APPEAL = /^\s+(?:for|on)\b(?!\s+(?:\p{Lu}\p{Ll}+day|the\s+(?:phone|telephone))\b)/u;
/** 'appealed to growers to end the strike': an appeal to someone reports only what they are asked to do ('appealed to voters' alone is no speech). */
const APPEAL_TO = /^\s+to\b(?=(?:\s+[^\s,.;:“”"]+){1,8}?\s+(?:not\s+)?to\s+\p{Ll})/u;
/** The writer's gloss on a term of the clause: '..., a designation that would require ...', '..., a position that has alarmed ...'. */
const DESIGNATION_APPOSITIVE = /,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:designation|term|label|status|classification|measure|move|step|position|stance|stand|pledge|promise|threat|decision|choice|policy)\s+(?:that|which)\s/u;
/** A participle giving the speaker's grounds ends the clause: '..., pointing to its victories in ...', '..., citing ...'; so does the writer's note of an effect: '..., clearing the way for ...'. */
export const POINTING = /,["”’]?\s+(?:pointing|citing|referring|(?:clearing|paving|opening)\s+the\s+way)\s+/u;
/** A finite verb joined by 'but'/'and' after an infinitive report: '... but has a limited presence', '..., and was later ...'. */
const INFINITIVE_THEN_FINITE = /,?\s+(?:but|and|yet)\s+(?:(?:also|still|only|now|later|since)\s+)?(?:has|is|was|were|had|does|did|remains|remained)\b/u;
/** ', while' before a name: '..., while New Zealand pledged ...'. */
const WHILE_OTHER = /,\s+(?:while|whereas)\s+(?:the\s+)?(?=\p{Lu})/u;
/** A relative clause on a share of the people just named: ', roughly a quarter of whom live ...' (the writer's background; 'several of which' stays: findings go on about things). */
const GLOSS = /,\s+(?:[\p{Ll}\d%-]+\s+){0,3}of\s+whom\s/u;
/** A comma before an inverted attribution, a description or a possessive name between: ', the company said', ', Saudi Arabia's Ministry of Energy said'. */
const LEAD_COMMA = /,\s*(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+){0,3}$/u;
/**
 * Before a speaker's name, a description of the speaker: ', operator Heritage Malta said', ', its
 * managing director X told', ', the company's chief financial officer, X, said', ', Minister of
 * Mines and Energy X said'. Not before a description ('..., a claim the party rejected').
 */
const LEAD_DESCRIPTION = /,\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:\p{Ll}[\p{Ll}-]*['’]s\s+)?(?:(?!(?:and|but|or|nor|while|as|because|since|when|after|before|although|though|which|who|that|where|if|so|then)\s)\p{Ll}[\p{Ll}-]*\s+){0,3}(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+(?:(?:of|for|and)\s+)?){0,8}$/u;
/** A person's appositive title between the clause and the name: '..., a spokeswoman for the prosecutor's office, Liv Nissen, told dpa.' */
const LEAD_APPOSITIVE = /,\s*(?:the|a|an)\s+[^,]{1,80},\s*$/u;

/** The lead before an inverted attribution's speaker, or null when the words before the speaker do not end a clause. */
function leadComma(doc: AnalysedText, lead: string, at: number, speaker: string | undefined): RegExp | null {
  // The appositive must describe a person's post: 'a spokeswoman for ...', not 'a town south of ...'.
  const appositive = LEAD_APPOSITIVE.exec(lead);
  if (appositive && speaker && doc.mentions.find((m) => m.key === speaker)?.kind === 'PERSON' && appositive[0].split(/[\s,]+/).some((w) => /^spokes/i.test(w) || (w.length > 2 && isSingleTitle(w)))) return LEAD_APPOSITIVE;
  if (LEAD_COMMA.test(lead)) return LEAD_COMMA;
  if (/^(?:the|a|an|its|their|this|these|those)\s/iu.test(doc.text.slice(at, at + 8))) return null;
  return LEAD_DESCRIPTION.test(lead) ? LEAD_DESCRIPTION : null;
}
/** A verb coordinated with the one before shares its subject: '..., and urged the three governments ...'. */
const COORDINATED = /(?:,\s*|\s)(?:and|but)\s*$/;
/** ', while the' before another subject's own report: 'demanded that ..., while the Greens said ...' (the contrast ends the first report). */
const WHILE_SUBJECT = /,\s+(?:while|whereas)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** Most words between a quote and the verb attributing it: '...,” Kerry told Lavrov', 'Kirby said in a statement, “...'. */
const MAX_ATTRIBUTION_WORDS = 10;

/** True when the verb is the attribution of a direct quote next to it, not a report of its own. */
function attributesQuote(doc: AnalysedText, quoted: readonly Span[], verbAt: number, verbEnd: number): boolean {
  return quoted.some((q) => {
    // '“A”, Zohrabyan said. “B.”': a verb between the pieces of a split quote, outside the marks, is its attribution.
    if (q.start < verbAt && verbEnd < q.end && doc.quoted.some((marks) => marks.start === q.start)) return !doc.quoted.some((marks) => marks.start <= verbAt && verbEnd <= marks.end);
    if (q.end <= verbAt) {
      const between = doc.text.slice(q.end, verbAt);
      if (/\n/.test(between)) return false;
      // 'said the region could “deliver ... each other.” She added that ...': a partial quote closing its sentence is attributed before it.
      if (/\.\s*$/.test(doc.text.slice(q.start, q.end - 1)) && /^\s+\p{Lu}/u.test(between) && !QUOTE_OPENS.test(doc.text.slice(sentenceAt(doc, q.start)?.start ?? q.start, q.start))) return false;
      // An initial ('Renato D. Villafuerte') ends no sentence.
      // '“expressed grave concern,” to Lavrov, the statement said, about ...': words completing the quoted verb put the quote inside the clause.
      if (/^\s+(?:to|about|with|against|over)\s[^,.;]*,\s+(?:the|a|an)\s/u.test(between)) return false;
      // 'Dr. Peter Ng, Toronto's associate medical officer of health, said': an honorific's period ends no sentence.
      return /^[\s,.”"’]/.test(between) && !/^[^\p{L}]*\s(?:and|but|while)\s/u.test(between) && !/[.;]\s/.test(between.replace(/\b\p{Lu}\.\s/gu, '').replace(HONORIFIC_PERIOD, '')) && between.split(/\s+/).filter((w) => w.length > 0).length <= MAX_ATTRIBUTION_WORDS;
    }
    return q.start >= verbEnd && !/\n/.test(doc.text.slice(verbEnd, q.start)) && doc.text.slice(verbEnd, q.start).split(/\s+/).length <= MAX_ATTRIBUTION_WORDS && !/[.;]\s/.test(doc.text.slice(verbEnd, q.start));
  });
}

/** Honorifics and titles abbreviated with a period before a name: 'Dr. Peter Ng', 'Prof. X', 'Gen. Y'. */
const HONORIFIC_PERIOD = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Hon|Supt|Insp|Det|Cllr|Cr)\.\s/g;

/** Nothing but a paragraph start or a dash before a quote: it opens its sentence. */
const QUOTE_OPENS = /^[\s—–-]*$/;

/** 'According to the WHO, ...' / '..., according to the Minas Gerais Fire Department.' */
const ACCORDING_TO = /(?:^|,\s*)according to\s+/i;

/** Words that may stand between 'according to' and its source's name: 'the', an honorific ('Dr.'). */
const SOURCE_LEAD = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]+['’]s\s+|(?:city|town|state|county|country|region|province|district|council|island|port|government)['’]s\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?$/u;
/** A body's own count after its name: 'according to a Reuters survey', 'according to an AFP tally' (the body made it). */
const OWN_FIGURES_AFTER = /^\s+(?:survey|poll|tally|count|calculations?|estimates?|analysis|review|study|report)\b/u;
/** A description before a source's name: 'the state utility', 'the independent monitoring group' (no preposition: 'the head of X' is another source). */
const DESCRIBED_SOURCE_LEAD = /^the\s+(?:(?!(?:of|for|at|in|from|with|by|on|and)\s)[\p{Ll}-]+\s+){1,3}$/u;
/** A source named by a description: 'the health ministry', 'a study', 'official figures'. */
const SOURCE_DESCRIPTION = /^(?:(?:the|a|an|its|their|official|new|preliminary|final|provisional)\s+|(?=(?:estimates|figures|data|documents|records|results)\b)|(?=[\p{Ll}-]+\s+(?:estimates|figures|data|statistics|records)\b)|(?=[\p{Ll}-]+\s+(?:groups|officials|analysts|experts|sources|researchers|scientists|activists|campaigners|residents|witnesses)\b)|(?=(?:investigators|officials|analysts|experts|sources|researchers|scientists|prosecutors|police|witnesses|residents)\b))(?:[\p{Ll}\d-]+\s+){0,3}?(ministry|department|government|agency|company|police|gendarmes|troops|authorities|authority|council|museum|hospital|university|foundation|association|utility|operator|club|board|committee|panel|tribunal|bureau|service|study|report|paper|survey|data|statistics|figures|estimates|results|statement|filing|release|documents?|court|regulator|commission|union|federation|organi[sz]ation|institute|bank|census|poll|researchers|officials|analysts|prosecutors|sources|groups|experts|scientists|activists|campaigners|residents|witnesses|investigators)\b/iu;
/** A description owned by a body named before: 'the party's electoral committee', 'the ministry's figures'. */
/** ', saying', ', calling': a participle after a comma that starts another report. */
export const PARTICIPLE_AFTER_COMMA = new RegExp(`,\\s+(?:${[...PARTICIPLES, ...NAMING_VERBS].filter((w) => w.endsWith('ing')).join('|')})\\b`, 'u');

const OWNED_SOURCE = new RegExp(`^(?:the|its)\\s+(${ORG_NOUNS})['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}\\p{Ll}+`, 'iu');

/** An appositive after a source opening its sentence, up to its closing comma: ', the national weather service,'. */
const SOURCE_APPOSITIVE = /^\s*,\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}'’-]+\s+){0,4}?([\p{Ll}-]+),/u;

/** A document a body speaks in: 'according to the filing' points to its maker. */
const MADE_DOCUMENT_WORD = /^(?:filing|release|announcement|submission|prospectus)$/i;
/** Documents a body publishes, named again by 'according to the report' (GUIDELINES §5, 'according to the filing'). */
const PUBLISHED_DOCUMENT_WORD = /^(?:report|survey|study|statistics|figures|data|census|results)$/i;
/** A definite document as a whole subject: 'the report', 'its weekly survey'. */
const OWN_DOCUMENT = /^(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(report|survey|study|census)$/iu;
/** Most sentences back to the one saying who published the document. */
const PUBLISHER_SENTENCES = 3;

/**
 * The organisation or person an earlier sentence (at most PUBLISHER_SENTENCES back) says published
 * a document of that word: 'The commission ... published an audit report the same afternoon.'
 */
function publisherOf(doc: AnalysedText, sentence: number, word: string): string | undefined {
  let published = PUBLISHED_RES.get(word);
  if (!published) PUBLISHED_RES.set(word, (published = new RegExp(`\\b(?:published|released|issued|presented|unveiled|submitted)\\s+(?:a|an|its|their|the|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?${word}\\b`, 'iu')));
  for (let k = sentence - 1; k >= 0 && k >= sentence - PUBLISHER_SENTENCES; k--) {
    const s = doc.sentences[k]!;
    const m = published.exec(doc.text.slice(s.start, s.end));
    if (!m) {
      // 'The Ministry of Agriculture's weekly report estimated ...': the document's possessor made it.
      const owner = ownerOfDocument(doc, s, word);
      if (owner) return owner;
      continue;
    }
    const at = s.start + m.index;
    const subject = findSubject(doc, s.start, at) ?? sentenceSubject(doc, s, at)[0];
    const kind = subject && doc.mentions.find((x) => x.key === subject.key)?.kind;
    return kind === 'ORGANIZATION' || kind === 'PERSON' ? subject!.key : undefined;
  }
  // A wire lead's '..., according to the provincial crop report released Wednesday.' names the maker only after it: the
  // next sentence of the lead's paragraph or the paragraph after it that gives the report an owner ('The Ministry of
  // Agriculture's weekly report estimated ...').
  const here = doc.sentences[sentence];
  if (here && isLeadParagraph(doc, here.paragraph)) {
    for (let k = sentence + 1; k < doc.sentences.length && k <= sentence + PUBLISHER_SENTENCES; k++) {
      const s = doc.sentences[k]!;
      if (s.paragraph > here.paragraph + 1) break;
      const owner = ownerOfDocument(doc, s, word);
      if (owner) return owner;
    }
  }
  return undefined;
}

/** publisherOf()'s and ownerOfDocument()'s regexes by document word (built once: compiling cost more than the search). */
const PUBLISHED_RES = new Map<string, RegExp>();
const OWNED_RES = new Map<string, RegExp>();

/** The organisation owning a document of that word in a sentence: "<Organisation>'s (weekly) report". */
function ownerOfDocument(doc: AnalysedText, s: Span, word: string): string | undefined {
  const body = doc.text.slice(s.start, s.end);
  let owned = OWNED_RES.get(word);
  if (!owned) OWNED_RES.set(word, (owned = new RegExp(`['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${word}\\b`, 'giu')));
  owned.lastIndex = 0;
  for (let m = owned.exec(body); m; m = owned.exec(body)) {
    const at = s.start + m.index!;
    const owner = doc.mentions.find((x) => x.end === at && x.kind === 'ORGANIZATION');
    if (owner) return owner.key;
  }
  return undefined;
}

/** True for the first paragraph of the body that holds a sentence ending in terminal punctuation (a wire's lead). */
function isLeadParagraph(doc: AnalysedText, paragraph: number): boolean {
  const first = doc.sentences.find((x) => /[.!?]["”’)]?$/.test(doc.text.slice(x.start, x.end)));
  return first !== undefined && first.paragraph === paragraph;
}

/** Most sentences back to the statement whose body a description ('the weather service') continues. */
const RECENT_SPEAKER_SENTENCES = 2;

/** The organisation speaking in the last statement found, if it stands in one of the two sentences before `sentence`. */
function recentBodySpeaker(doc: AnalysedText, sentence: number, earlier: readonly ExtractedStatement[]): string | undefined {
  const last = earlier[earlier.length - 1];
  if (!last?.speaker || last.sentence < sentence - RECENT_SPEAKER_SENTENCES || last.sentence >= sentence) return undefined;
  return doc.mentions.find((m) => m.key === last.speaker)?.kind === 'ORGANIZATION' ? last.speaker : undefined;
}

/** A pronoun or the researchers and a verb of finding before a clause sourced after it: 'They found that ...'. */
const FINDING_FRAME = /^\s*(?:they|we|the\s+(?:researchers|scientists|authors|team|study|paper|report))\s+(?:also\s+)?(?:found|showed|concluded|estimated|calculated|observed|recorded|reported)\s+that\s+(?=\S)/iu;

/** A statement sourced with 'according to X': the rest of the sentence, attributed to X. */
function accordingTo(doc: AnalysedText, s: Span & { index: number }, bodyEnd: number, earlier: readonly ExtractedStatement[] = []): ExtractedStatement | undefined {
  const body = doc.text.slice(s.start, bodyEnd);
  const m = ACCORDING_TO.exec(body);
  if (!m) return undefined;
  const sourceAt = s.start + m.index + m[0].length;
  // 'according to union leader Tomas Irarrazaval': a title may stand before the source.
  // 'according to Kenya's National Meteorological Institute': a possessive place is no source.
  // 'according to the state utility Électricité de Djibouti (EDD)': a lower-case description before an organisation's name.
  const source = doc.mentions.find((x) => x.start >= sourceAt && x.start < bodyEnd && !(x.kind === 'PLACE' && x.possessive) && (SOURCE_LEAD.test(doc.text.slice(sourceAt, x.start)) || (x.kind === 'ORGANIZATION' && DESCRIBED_SOURCE_LEAD.test(doc.text.slice(sourceAt, x.start))) || (x.kind === 'ORGANIZATION' && /^an?\s+$/i.test(doc.text.slice(sourceAt, x.start)) && OWN_FIGURES_AFTER.test(doc.text.slice(x.end, bodyEnd))) || doc.roles.some((r) => r.person === x.key && r.start >= sourceAt && r.start < x.start && /^(?:the\s+)?$/i.test(doc.text.slice(sourceAt, r.start)))));
  let speaker = source?.key;
  let sourceEnd = source?.end ?? sourceAt;
  if (source?.kind === 'PLACE') return undefined;
  const owned = source ? null : OWNED_SOURCE.exec(doc.text.slice(sourceAt, bodyEnd));
  if (owned) {
    speaker = describedOrganisation(doc, sourceAt, owned[1]!, true);
    sourceEnd = sourceAt + owned[0].length;
    // 'according to the firm's procurement manager, Peter Gachanja': the person the description names.
    const named = doc.mentions.find((x) => x.kind === 'PERSON' && x.start > sourceEnd && /^,\s*$/.test(doc.text.slice(sourceEnd, x.start)));
    if (named) {
      speaker = named.key;
      sourceEnd = named.end;
    }
  } else if (!source) {
    // 'according to the health ministry' (named before), 'according to a study', 'according to the regional government'.
    const described = SOURCE_DESCRIPTION.exec(doc.text.slice(sourceAt, bodyEnd));
    if (!described) return undefined;
    sourceEnd = sourceAt + described[0].length;
    // 'according to estimates by the International Coffee Organization': the body that made them.
    const maker = /^\s+(?:(?:published|released|issued|compiled|announced|posted)\s+(?:(?:on|last|this|early|late)\s+\p{Lu}\p{Ll}+day\s+|(?:yesterday|today|earlier|last\s+week|this\s+week)\s+)?)?(?:by|from|of)\s+(?:the\s+)?/iu.exec(doc.text.slice(sourceEnd, bodyEnd));
    const made = maker ? doc.mentions.find((x) => x.start === sourceEnd + maker[0].length && x.kind !== 'PLACE') : undefined;
    // 'according to figures released by the council': the body the maker's description stands for (named before).
    const madeBy = maker && !made && /^the\s/i.test(maker[0].replace(/^[\s\S]*?\b(?:by|from|of)\s+/u, '')) ? /^\p{Ll}+/u.exec(doc.text.slice(sourceEnd + maker[0].length, bodyEnd)) : null;
    const madeByKey = madeBy && isOrganisationNoun(madeBy[0]) ? describedOrganisation(doc, sourceAt, madeBy[0], false) : undefined;
    speaker = made?.key ?? madeByKey ?? describedOrganisation(doc, sourceAt, described[1]!, false);
    if (made) sourceEnd = made.end;
    const definite = /^(?:the|its)\s/i.test(described[0]);
    // 'according to the filing': the body that spoke in it ('In a filing with X, Chinyuan said ...').
    if (!speaker && definite && MADE_DOCUMENT_WORD.test(described[1]!)) speaker = documentMaker(doc, sourceAt)?.key;
    // 'The commission ... published an audit report ... . According to the audit report, ...': the body that published it.
    if (!speaker && definite && !made && PUBLISHED_DOCUMENT_WORD.test(described[1]!)) speaker = publisherOf(doc, s.index, described[1]!);
    // 'according to the weather service': the body that spoke in the sentences just before ('Météo Madagascar said ... It warned ...').
    if (!speaker && definite && !made && (isOrganisationNoun(described[1]!) || /^service$/i.test(described[1]!))) speaker = recentBodySpeaker(doc, s.index, earlier);
  }
  if (m.index === 0) {
    // 'According to X, clause.'; 'According to HungaroMet, the national weather service, clause.': the source's appositive is skipped.
    const appositive = SOURCE_APPOSITIVE.exec(doc.text.slice(sourceEnd, bodyEnd));
    if (appositive && (isOrganisationNoun(appositive[1]!) || /^(?:service|office|observatory|spokes\p{Ll}+)$/u.test(appositive[1]!) || isSingleTitle(appositive[1]!))) sourceEnd += appositive[0].length - 1;
    const comma = doc.text.indexOf(',', sourceEnd);
    if (comma < 0 || comma >= bodyEnd) return undefined;
    const from = comma + 1 + (/^\s*/.exec(doc.text.slice(comma + 1))![0].length);
    return statement(doc, s.index, { start: from, end: bodyEnd }, doc.text.slice(from, bodyEnd), speaker);
  }
  const end = s.start + m.index;
  // 'They found that A, according to the paper': one statement, the finding without its frame (GUIDELINES §5).
  const start = s.start + (FINDING_FRAME.exec(doc.text.slice(s.start, end))?.[0].length ?? 0);
  // 'A, according to X, as B.': the clause goes on right after the inserted source (not after 'X,
  // who ...', 'X, the health officer', nor after a longer source phrase: 'a study of ... published on
  // Monday, prompting calls').
  // 'A, according to NEMA, the national emergency agency, most of them B': an appositive on the source is skipped too.
  // Not a participle describing the source: '..., according to the paper, published last week in ...'.
  const resumes = /^\s*(?:\([^)]*\))?(?:,\s+(?:the|a|an)\s+[\p{Ll}\s-]{1,60}?(?=,))?,\s+(?=\p{Ll})(?!(?:who|whose|which|where|when|the|a|an|his|her|its|their|although|though|while|whereas|but|and)\b)(?!\p{Ll}+ed\s+(?:in|by|on|at|last|this|earlier)\b)/u.exec(doc.text.slice(sourceEnd, bodyEnd));
  if (resumes) return statement(doc, s.index, { start, end: bodyEnd }, `${doc.text.slice(start, end)}, ${doc.text.slice(sourceEnd + resumes[0].length, bodyEnd)}`, speaker);
  return statement(doc, s.index, { start, end }, doc.text.slice(start, end), speaker);
}

/**
 * A verb of the speaker's own act coordinated after the reported clause ends it: 'said voting had
 * been orderly but raised concerns ...', 'said the decision was final and appealed for calm'; so does
 * withheld speech: '..., but did not give a timetable', '... but declined to comment further', '..., but did not commit to a date'.
 */
export const ACT_AFTER_CLAUSE = /[,;]?\s+(?:and|but)\s+(?:also\s+)?(?:(?:did|would|could)\s+not\s+(?:give|say|provide|specify|elaborate|comment|disclose|name|reveal|offer|explain|indicate|set|commit|promise|pledge|guarantee|confirm|respond|answer|address|declare|announce|rule\s+out|issue|release|publish)|(?:declined|refused)\s+to\s+(?:comment|say|give|elaborate|specify|name|disclose|provide|discuss|answer|confirm|identify|reveal)|raised|praised|appealed|asked|recommended|welcomed|thanked|congratulated|critici[sz]ed|condemned|called\s+(?:for|on)|expressed|demanded|questioned|apologi[sz]ed|announced|pledged|promised|vowed|urged|warned|noted|added|insisted|stressed|rejected|denied|dismissed|accused|cautioned|acknowledged|conceded|ordered|described|(?:urges|warns|adds|insists|stresses|rejects|denies|dismisses|accuses|cautions|acknowledges|concedes|praises|welcomes|appeals|recommends|condemns|critici[sz]es|apologi[sz]es|asks|announces|describes|congratulates|calls\s+(?:for|on))(?=\s+(?:\p{Lu}|(?:the|a|an|its|his|her|their|him|them|for|on|to|that)\b)))\b/u;
/**
 * A participle coordinated after a participial report: 'ruling that the lease was void and ordering the land returned',
 * 'saying the plan was unfair and urging the council to ...' — the second participle is the speaker's next act, parallel
 * to the reporting participle, so the clause ends before 'and'.
 */
const ACT_PARTICIPLE_AFTER_CLAUSE = /[,;]?\s+and\s+(?:also\s+)?(?:ordering|calling\s+(?:for|on)|urging|warning|adding|rejecting|denying|dismissing|accusing|announcing|pledging|promising|vowing|praising|welcoming|demanding|asking|recommending|condemning|critici[sz]ing|directing|instructing|awarding|sentencing|fining|quashing|setting\s+aside|referring)(?=\s+(?:\p{Lu}|(?:the|a|an|its|his|her|their|him|them|for|on|to|that)\b))/u;
/** ', and it has since ...', ', but the ministry has since ...': the writer's narration after the reported clause. */
const WRITER_SINCE = /,\s+(?:and|but)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:has|have)\s+since\s/u;
/** The clause's own perfect ('had opened ...') then ' and <verb>ed' with no comma between: both participles hang on 'had'. */
const PERFECT_COORDINATE = /^(?:the|a|an|its|their|his|her|it|they|he|she|we|\p{Lu}[\p{L}'’-]*)\b[^,;]*?\shad\s+(?!been\b)\p{Ll}+ed\b[^,;]*\sand\s+\p{Ll}+ed$/u;
/**
 * A negated perfect in the clause, then 'and' with a bare past verb: 'said she had not wanted to win that way and offered to
 * shake hands' (the negation does not carry over to a second participle, so the past verb is the speaker's own act, coordinated
 * with 'said'; the report ends before 'and').
 */
const NEGATED_PERFECT_THEN_ACT = /^[^,;]*?\shad\s+(?:not|never)\s+\p{Ll}+(?:ed|en|wn|ne|un)\b[^,;]*?(?=\s+and\s+\p{Ll}{3,}ed\s+(?:to|the|a|an|his|her|their|its|him|them)\b)/u;
/** A concession whose verb is in the present: ', although most of the region's ore is carried ...'. */
const WRITER_PRESENT_ASIDE = /,\s+(?:although|though|whereas)\s+(?:[\p{L}'’-]+\s+){1,8}?(?:is|are)\s/u;
/** A reported clause's backshifted verb: 'had risen', 'would rise', 'was'. */
const BACKSHIFTED = /\b(?:had|would|was|were|could)\b/u;
/** A past or modal form in a concession keeps it inside the report: ', although losses there were still limited'. */
const PAST_OR_MODAL = /\b(?:was|were|had|would|could|did|might)\b/u;
/** A subordinate clause with its own speaker ends the report: '..., although he cautioned that ...'. */
const OWN_SPEAKER_AFTER = /,\s+(?:although|though|while|whereas|but)\s+(?:he|she|they|it|(?:the|some|many|several|other|most)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'’-]+)*)\s+(?:also\s+)?(?:said|says|cautioned|cautions|warned|warns|noted|notes|added|adds|insisted|insists|argued|argues|acknowledged|acknowledges|conceded|concedes|stressed|stresses|emphasi[sz]ed)\b/u;
/**
 * The writer's circumstance naming other speakers: '..., as health workers warned of a rise in malaria' (an unnamed
 * plural subject with a verb of speech of its own is another report, not the speaker's words).
 */
const OTHERS_SPEAK_AFTER = /,\s+as\s+(?:(?:the|some|many|several|other|most)\s+)?(?:[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]*[^s\s]s\s+(?:also\s+|have\s+|had\s+)?(?:said|say|warned|warn|cautioned|caution|noted|note|argued|argue|complained|complain|predicted|predict|reported|report)\b/u;
/** The writer's appositive about the whole clause: '..., a claim the party rejected', '..., a pattern scientists call El Niño'. */
/** A number or an ordinal goal added, then a preposition: ' a second from the spot', ' 15 for the visitors', ' two more in the second half'. */
const ADDED_TALLY = /^\s+(?:\d[\d.,]*|(?:a|an|another|his|her|their|its)\s+(?:second|third|fourth|fifth|sixth|late|further|first)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\s+more)?)\s+(?:from|for|in|on|at|off|with|before|after|to)\b/u;
/** Unnamed staff as a subject: 'doctors', 'the nurses', 'officials'. */
const STAFF_SUBJECT = /^(?:the\s+)?(?:doctors|nurses|staff|officials|workers|employees|teachers|medics|researchers|scientists|engineers|managers)$/iu;
/** 'At the X Hospital ...,', 'Inside the Y Ministry,': a sentence opening at a named place of work. */
const AT_OPENING = /^\s*(?:At|Inside)\s+(?:the\s+)?/u;

/** The organisation a sentence opens 'At' (its staff speak for it), if the name right after 'At' is one. */
function hostBody(doc: AnalysedText, s: Span, at: number): string | undefined {
  const from = stripDateline(doc, s, at);
  const opening = AT_OPENING.exec(doc.text.slice(from, at));
  if (!opening) return undefined;
  return doc.mentions.find((x) => x.start === from + opening[0].length && x.kind === 'ORGANIZATION')?.key;
}
/** A coordinated speaker named after a described post, then a verb of speech: ', but the police spokeswoman, ASP X, promised'. */
const DESCRIBED_SPEAKER_AFTER = new RegExp(`,\\s+(?:and|but|while|whereas)\\s+(?:the|a|an|its|their)\\s+[^,;:"“”]{1,80},\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}.'’-]*,\\s+(?:also\\s+)?(?:${[...SPEECH_VERBS, ...REPORTING_VERBS].filter((w) => !w.endsWith('ing')).join('|')})\\b`, 'u');
const CLAUSE_APPOSITIVE = /,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:claim|charge|accusation|allegation|assertion|pattern|phenomenon|figure|view|position|move|step|practice|finding|estimate|number|rate|level|record|decision)\s+(?!(?:of|that|to|for)\b)(?:[\p{L}'’-]+\s+){0,4}?(?:\p{Ll}+ed|said|call|calls|say|says|describe|describes|dispute|disputes|deny|denies|reject|rejects)\b[^,;]*$/u;

/** A reporting verb opening a non-restrictive relative clause: 'X, which says ...', 'X, who also claims ...'. */
const RELATIVE_BEFORE_VERB = /,\s*(?:which|who)\s+(?:also\s+)?$/u;
/** The main clause's past-tense verb coming back after the relative clause: ', called the stoppage', ', said on Monday'. */
const MAIN_VERB_RESUMES = /,\s+(?:\p{Ll}{2,}ed|said|told|began|made|took|gave|held|won|lost|led|set|put|sent|went|came|left|kept|brought|sold|spent|paid|met|built|wrote|chose|drew|saw|found|got|ran|struck|broke|became)\s+(?:the|a|an|its|their|his|her|on|in|for|to|up|out|off|that)\b/u;
/**
 * A closing relative clause with another subject's reading of the clause: ', which the authors interpret as ...', ', which
 * the team attributes to ...' (the writer's gloss on the finding; the reported clause ends before it).
 */
const RELATIVE_READING = /,\s+which\s+(?:[\p{L}.’'-]+\s+){1,4}(?:interpret|interprets|interpreted|attribute|attributes|attributed|regard|regards|regarded|see|sees|saw)\s+(?:as|to)\s[^,;]*$/u;
/**
 * A closing ', where ...' clause giving the place's history in the writer's present perfect over years, after a backshifted
 * report: ', where armed groups have attacked convoys in recent years', ', where several raids have been claimed since 2019'
 * (background; not a current state that supports the claim: ', where hospitals have been filling up since the rains began').
 */
const WRITER_PRESENT_RELATIVE = /,\s+where\s+[^,;]{1,120}?\b(?:has|have)\s+(?:been\s+)?\p{Ll}+ed\b[^,;]*?\b(?:in\s+recent\s+years|since\s+(?:1[89]|20)\d\d|for\s+(?:years|decades))\b[^,;]*$/u;
/**
 * A closing relative clause in which the speaker names the last noun in quotation marks: ', which it called "a punishment of
 * ..."' (the naming is the speaker's quote, GUIDELINES §5; the reported clause ends before it).
 */
const RELATIVE_NAMING = /,\s+which\s+(?:it|he|she|they|we)\s+(?:also\s+)?(?:called|calls|dubbed|termed|labell?ed|branded|described\s+as|describes\s+as)\s+["“‘]/u;
/** A relative clause carrying its own attribution: ', which US officials say ...'. */
const RELATIVE_ATTRIBUTION = /,\s+(?:which|who|that)\s+(?:[\p{L}.’'-]+\s+){1,4}(?:say|says|said|claim|claims|claimed|believe|believes)\b/u;
/** A word that makes a complement a clause: an auxiliary, a modal or a past form ('the vote was rigged', 'several people killed'). */
const FINITE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|cannot|should|shall|may|might|must|did|does|do|won['’]t|\p{Ll}{2,}ed)\b/iu;
/** A reporting period: 'the year ended 31 December', 'the quarter ending June 30'. */
const PERIOD_ENDED = new RegExp(`\\b(?:ended|ending)\\s+(?:\\d{1,2}\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2})\\b`, 'gu');
/** A perfect auxiliary right before the verb: 'has asked', 'have also asked'. */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:also\s+|already\s+|repeatedly\s+)?$/i;
/** 'asked the ministry to extend ...': one to six words addressed, then the infinitive (not 'asked not to be named'). */
const ASKED_TO = /^(?!\s+(?:not|for|about|if|whether|why|how|what)\b)(?:\s+[^\s,.;:“”"]+){1,6}?\s+to\s+(?!be\s+(?:named|identified)\b)\p{Ll}/u;
/** The one told and then a that-clause: ' the public and our trading partners that ...'. */
const INFORMED_THAT = /^(?:\s+[^\s,.;:“”"]+){1,6}?\s+that\s/u;
/** A passive before a verb: 'was informed that', 'have been assured that' report nobody's words. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|am|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** Most words of an object before a that-clause: 'warned residents of the valley that ...'. */
const MAX_OBJECT_WORDS = 6;
/** Most words of the people an appeal addresses before its infinitive: 'urged anyone with a fever lasting more than two days to ...'. */
const MAX_APPEAL_OBJECT_WORDS = 10;

/** Compiled 'up to N words, then <tail>' patterns, built once per (tail, N) instead of per verb. */
const OBJECT_THEN = new Map<string, RegExp>();
function objectThen(tail: string, most: number): RegExp {
  const key = `${most}|${tail}`;
  let re = OBJECT_THEN.get(key);
  if (!re) OBJECT_THEN.set(key, (re = new RegExp(`^(?:\\s+[^\\s,.;:“”"]+){0,${most}}?\\s+${tail}`, 'u')));
  return re;
}

/**
 * True when the words after a reporting verb are reported content, not the object of an act:
 * 'vowed to press on' but not 'threatened springs'; 'claimed the vote was rigged' but not
 * 'claimed victory in the election' nor 'pledged 10 billion euros'.
 */
function reportsClause(word: string, after: string): boolean {
  // 'wishes to inform the public that ...': the one told, then the clause.
  if (INFORM_VERBS.has(word)) return INFORMED_THAT.test(after);
  const lead = CLAUSE_LEAD.exec(after)![0];
  if (/\bthat\b/i.test(lead)) return true;
  if (THAT_VERBS.has(word)) return SAID_SETTING.test(after);
  const object = (tail: string, most = MAX_OBJECT_WORDS) => objectThen(tail, most).test(after);
  // 'reported a doubling of fourth-quarter profit', 'reports record sales': a company publishing its results acts.
  if ((word === 'reported' || word === 'reports') && REPORTED_RESULTS.test(after)) return false;
  // 'urged residents to stay indoors', not 'urged caution about any plan to use ...'.
  // 'urging anyone with a fever lasting more than two days to visit a clinic': an appeal's addressee may be long.
  const infinitive = object('(?:not\\s+)?to\\s+\\p{Ll}', /^urg/.test(word) ? MAX_APPEAL_OBJECT_WORDS : MAX_OBJECT_WORDS) && !/^(?:\s+[^\s,.;:“”"]+){0,6}?\s+(?:about|over|regarding|against)\s/u.test(/^[^,.;:]*?\sto\s/u.exec(after)?.[0] ?? '');
  if (INFINITIVE_VERBS.has(word)) return infinitive;
  // 'asked the ministry to ...' reports a request; 'asked not to be named' and 'asked for a delay' do not.
  // The one asked comes first ('asked ministries and localities to ...'); 'asked to speak' (no one asked) and 'was asked to' are no request reported.
  if (word === 'asked' || word === 'asks') return ASKED_TO.test(after);
  // 'criticised the referee for not awarding a penalty', like 'accused X of'; not 'criticised the tariffs'.
  if (/^critici[sz]/.test(word)) return object('for\\s');
  if (object('that\\s')) return true;
  if (!CLAUSE_VERBS.has(word)) return true;
  if (infinitive && /^warn/.test(word)) return true;
  // 'confirmed the deal but did not disclose its value': a coordinated verb is no clause of the object.
  // 'announced a plan for a visitor centre that will allow ...': a relative clause's verb belongs to the object, not to a clause.
  // 'announced its results for the nine months ended 30 September': a reporting period's participle is no verb.
  const segment = /^[^,;:.“”"]*/.exec(after.slice(lead.length).replace(PERIOD_ENDED, ' '))![0].split(/\s+(?:and|but)\s+/)[0]!.split(/\s+(?:that|which|who|whose)\s+/)[0]!.split(/\s+/).slice(0, 12).join(' ');
  return FINITE.test(segment);
}

/** A company's period results as the object of 'reported': 'a doubling of fourth-quarter profit', 'record first-half sales'. */
const REPORTED_RESULTS = /^\s+(?:(?:a|an|its|their|the)\s+)?(?:[\p{L}\d%.,-]+\s+){0,5}?(?:net\s+|operating\s+|pre-tax\s+|pretax\s+)?(?:profits?|loss(?:es)?|revenues?|earnings|sales|turnover|results)(?=[\s,.;]|$)(?!\s+(?:had|has|have|was|were|would|will|could|is|are|rose|fell)\b)/u;

/** A quote's span, with the speaker the quotes step gave it when there is one. */
type QuotedSpan = Span & { speaker?: string };

/**
 * The speaker of a quote's attribution that a participle continues: '“...,” Tsang said,
 * adding that ...'. The attribution verb itself reports nothing, so no verb was kept for it.
 */
function quoteAttributionSubject(doc: AnalysedText, quoted: readonly QuotedSpan[], s: Span, at: number): Subject[] {
  const before = doc.text.slice(s.start, at);
  const re = /\p{L}+/gu;
  let verb: number | undefined;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) if (SPEECH_VERBS.has(m[0].toLowerCase())) verb = s.start + m.index;
  if (verb === undefined) return [];
  const from = Math.max(s.start, ...quoted.filter((q) => q.end <= verb! && q.end > s.start).map((q) => q.end));
  const subject = findSubject(doc, from, verb) ?? findSubject(doc, verb + /^\p{L}+\s*/u.exec(doc.text.slice(verb))![0].length, at);
  if (subject) return [{ key: subject.key, start: at }];
  // '“...,” the magistrate said, adding that ...': an attribution the subject finder cannot place (a title the roles step
  // did not give) is the quote's own; its speaker goes on with the participle.
  const quote = quoted.find((q) => q.end === from && from > s.start);
  const between = doc.text.slice(from, verb);
  return quote?.speaker && QUOTE_ATTRIBUTION_LEAD.test(between) ? [{ key: quote.speaker, start: at }] : [];
}
/** What stands between a quote and its attribution's verb: the closing comma and mark, a short subject phrase. */
const QUOTE_ATTRIBUTION_LEAD = /^[,\s"”’]*(?:[\p{L}'’.-]+\s+){1,6}(?:also\s+)?$/u;

/** The joint subject of the last speech verb before `at` that attributes a quote: 'the three countries said ... “...”'. */
function jointQuoteSubjects(doc: AnalysedText, quoted: readonly Span[], s: Span, at: number): Subject[] {
  const before = doc.text.slice(s.start, at);
  const re = /\p{L}+/gu;
  let verb: number | undefined;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) if (SPEECH_VERBS.has(m[0].toLowerCase()) && !m[0].endsWith('ing')) verb = s.start + m.index;
  if (verb === undefined || !quoted.some((q) => q.start > verb! && q.end <= at)) return [];
  const subjects = findSubjects(doc, s.start, verb);
  return subjects.length > 1 ? subjects.map((x) => ({ key: x.key, start: at })) : [];
}

/** A setting between a verb and its that-clause: 'said on a call with analysts that', 'said in a letter to shareholders that'. */
const SAID_SETTING = /^\s+(?:on|in|at|during|after|before|from|via|with|to|outside|inside|through|over|by|for)\s[^,.;:"“”]{0,80}?\sthat(?=\s)/u;
/** The object of 'told' before its that-clause: 'told cheering supporters in the capital that'. */
const TOLD_OBJECT = /^\s[^,.;:"“”]{1,80}?\sthat(?=\s)/u;

/** 'to' and a determined recipient, then 'that': 'reports to the county health team that'. */
const TO_RECIPIENT_THAT = /^\s+to\s+(?:the|a|an|its|his|her|their)\s[^,.;:"“”]{0,60}?\sthat(?=\s)/u;
/** Verbs taking the person addressed before their that-clause, like 'told': 'warned the ministry that', 'assured investors that'. */
const OBJECT_THAT_VERB = /^(?:warn|remind|assur|inform|advis|notif|caution)/;
/** 'each'/'both' as a subject: the pair the sentence opens with ('Kerry and Lavrov ..., but each then said'). */
const EACH = /(?:^|\s)(?:each|both)(?:\s+(?:then|also|later|have|has|had))*$/i;
/** 'they' as a subject, possibly with auxiliaries: 'where they said', 'They have also said'. */
const THEY = /(?:^|[,;]\s*|\s)they(?:\s+(?:also|then|later|have|had|again))*$/i;
/** Most words of an unnamed subject phrase opening a sentence ('Rebel fighters', 'Activists and medics'). */
const MAX_OPENING_WORDS = 5;
const WORDS = /\S+/g;

/**
 * True when a sentence opens with an unnamed noun phrase as its subject, before `at`: 'Activists
 * and medics reported ...', 'Rebel fighters have launched ...'. No entity may be named in it.
 */
function opensWithUnnamed(doc: AnalysedText, s: Span, at: number): boolean {
  const from = stripDateline(doc, s, at);
  const text = doc.text.slice(from, at);
  const words = [...text.matchAll(WORDS)].slice(0, MAX_OPENING_WORDS + 1);
  for (let k = 1; k < words.length; k++) {
    const next = words[k]!;
    if (!/^\p{Ll}/u.test(next[0])) continue;
    const phrase = text.slice(0, next.index).trim();
    if (!isUnnamed(phrase)) continue;
    return !doc.mentions.some((m) => m.start >= from && m.start < from + next.index! && m.kind !== 'PLACE');
  }
  return false;
}

/** A sentence opening with a description and no name before `at`: 'The US-led coalition bombed ...'. */
function describedOpening(doc: AnalysedText, s: Span, at: number): boolean {
  const from = stripDateline(doc, s, at);
  return /^\s*(?:The|A|An)\s+[\p{L}-]+/u.test(doc.text.slice(from, at)) && !doc.mentions.some((m) => m.start >= from && m.start < at && m.kind !== 'PLACE');
}

/** Verbs that stand for plain speech when nobody is named. */
const PLAIN_SPEECH = new Set(['asked', 'asks', 'accuse', 'accused', 'accuses', 'complained', 'announced', 'announces', 'called for', 'called on', 'urged', 'urge', 'held', 'found', 'wrote', 'cautioned', 'blame', 'blamed', 'said', 'says', 'say', 'reported', 'told', 'warned', 'warn', 'argued', 'argue', 'vowed', 'claimed', 'claim', 'insisted', 'insist', 'estimated', 'estimate', 'estimates', 'noted', 'added', 'predicted', 'believes']);

/** A dateline opening an article's first sentence: 'GUWAHATI, India — ', 'KISUMU, Kenya (AP) — ', 'OSLO, May 12 (Reuters) - '. */
const DATELINE = /^\s*[*_]*\p{Lu}[\p{Lu}\s.,'’-]*(?:,\s*\p{Lu}[\p{L}\p{N}\s.]*)?[*_]*(?:\s*\([^)]*\))?\s*[-—–]{1,2}\s+/u;
/** A wire's dated dateline with its agency and no dash: 'Havana, Apr 9 (Prensa Latina) ', 'KOTA KINABALU, Sept 18 (Bernama) -- '. */
const DATED_AGENCY_DATELINE = /^\s*\p{Lu}[\p{L}\s.\/'’-]*,\s*(?:\p{Lu}[\p{L}\s.]*,\s*)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]*\)\s*(?:[-—–]{1,2}\s*)?/u;

/** A dateline in normal case marked by its agency: 'Hamburg (dpa) - ', 'Lagos (AFP) — '. */
const AGENCY_DATELINE = /^\s*\p{Lu}[\p{L}'’.-]*(?:[\s,]+\p{Lu}[\p{L}'’.-]*){0,3}\s*\([\p{L}\s/-]{2,20}\)\s*[-—–]+\s+/u;

/** An editor's marker opening a numbered item: '[NEW] ', '[UPDATED] '. */
const ITEM_MARKER = /^\s*\[\p{Lu}[\p{Lu} ]{1,15}\]\s*/u;

function normalise(text: string): string {
  return text.replace(DATELINE, '').replace(AGENCY_DATELINE, '').replace(DATED_AGENCY_DATELINE, '').replace(ITEM_MARKER, '').replace(/\s+/g, ' ').replace(/[\s,;]+$/, '').trim();
}

interface Verb {
  word: string;
  index: number;
  end: number;
  subjects: Subject[];
  /** Where an unnamed subject phrase starts ('officials' in '..., officials said Thursday.'). */
  unnamedAt?: number;
  /** The speaker follows the verb: '..., said Chen Weiming, the company's chairman.' */
  postposed?: boolean;
  /** An act, not speech: kept only so that a coordinated verb after it continues its subject. */
  act?: boolean;
}

/** What a rejection reports: a that-clause after its object ('rejected suggestions that work would move'). */
const REJECTED_THAT = /^(?:\s+[^\s,.;:“”"]+){1,6}?\s+that\s+(?!\p{Ll}+\s*[,.;])/u;
/** Verbs other than 'said' that may come before a postposed speaker: '..., announced X, who chaired the meeting.' (a person only). */
const POSTPOSED_VERBS: ReadonlySet<string> = new Set(['announced', 'added', 'explained', 'noted', 'wrote', 'stated', 'declared', 'insisted', 'argued', 'warned', 'recalled']);

/** A title of capitalised words (with commas and 'and'/'of'/'for' between) before a postposed speaker's name. */
const POSTPOSED_TITLE = /^\s+(?:\p{Lu}[\p{L}'’.&-]*(?:,|\s+(?:and|of|for|&)\b)?\s+){1,10}$/u;

/**
 * The speaker named right after a verb that follows the reported clause: '..., said Chen Weiming,
 * Huaxin's chairman.', '..., said Finance Minister Ana Torres.' Only a name (a title before it
 * allowed) closing the sentence or followed by an appositive counts.
 */
/** An honorific alone between a postposed verb and the name: 'said Dr. ', 'said Prof '. */
const POSTPOSED_HONORIFIC = /^\s+(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+$/u;
function speakerAfterVerb(doc: AnalysedText, verbEnd: number, bodyEnd: number): Subject | undefined {
  // '..., said its medical director, Dr. Ama Owusu.': a described post, then the person's name closing the sentence.
  const post = /^\s*([^,]*)/.exec(doc.text.slice(verbEnd, bodyEnd))!;
  const postStart = verbEnd + post[0].length - post[1]!.length;
  const described = post[1] ? describedThenNamed(doc, { start: postStart, end: postStart + post[1].length }, bodyEnd) : undefined;
  if (described) return { key: described, start: verbEnd };
  let m = doc.mentions.find((x) => x.start >= verbEnd && x.start < bodyEnd);
  // '..., said Sabah Agriculture, Fisheries and Food Industry Minister Datuk X.': a long capitalised title (which may hold a
  // name of its own) before the person closing the sentence; the person speaks.
  if (m && m.kind !== 'PERSON') {
    const person = doc.mentions.find((x) => x.start > m!.start && x.start < bodyEnd && x.kind === 'PERSON');
    if (person && POSTPOSED_TITLE.test(doc.text.slice(verbEnd, person.start)) && /^\s*$/.test(doc.text.slice(person.end, bodyEnd))) m = person;
  }
  if (!m || m.kind === 'PLACE') return undefined;
  if (POSTPOSED_TITLE.test(doc.text.slice(verbEnd, m.start)) && m.kind === 'PERSON' && /^\s*$/.test(doc.text.slice(m.end, bodyEnd))) return { key: m.key, start: verbEnd };
  const gap = doc.text.slice(verbEnd, m.start);
  const titled = doc.roles.some((r) => r.person === m.key && r.start >= verbEnd && r.start < m.start && /^\s*$/.test(doc.text.slice(verbEnd, r.start)));
  // '..., said Dr. Ana Ruiz, a virologist at ...': an honorific before the name is no title but no gap either.
  if (!/^\s*$/.test(gap) && !titled && !(m.kind === 'PERSON' && POSTPOSED_HONORIFIC.test(gap))) return undefined;
  if (!/^\s*(?:\([^)]*\))?\s*(?:[,;]|$)/.test(doc.text.slice(m.end, bodyEnd))) return undefined;
  return { key: m.key, start: verbEnd };
}

function statement(doc: AnalysedText, sentence: number, span: Span, text: string, speaker: string | undefined, addressee?: string): ExtractedStatement {
  const about = new Set(mentionsIn(doc, span).map((x) => x.key));
  if (speaker) about.delete(speaker);
  if (addressee) about.delete(addressee);
  return { kind: 'PARAPHRASE', start: span.start, end: span.end, text: normalise(text), speaker, addressee, about: [...about], sentence };
}

/** A speech act named by a noun with its owner: 'Obama's declaration that ...', 'the minister's assurance that ...'. */
const NOMINAL_SPEECH = /['’]s\s+(?:[\p{Ll}-]+\s+)?(?:declaration|assertion|claim|warning|promise|pledge|insistence|argument|admission|contention|prediction|vow|threat|assurance|announcement)\s+that\s+/gu;

/** Statements reported by a possessive and a speech noun: 'President Barack Obama's declaration that the U.S. would ...'. */
function nominalStatements(doc: AnalysedText, s: Span & { index: number }, bodyEnd: number, quoted: readonly Span[]): ExtractedStatement[] {
  const body = doc.text.slice(s.start, bodyEnd);
  const out: ExtractedStatement[] = [];
  for (const m of body.matchAll(NOMINAL_SPEECH)) {
    const at = s.start + m.index!;
    const owner = doc.mentions.find((x) => x.end === at);
    if (!owner) continue;
    const from = at + m[0].length;
    let end = bodyEnd;
    for (const cut of [PARTICIPLE_AFTER_COMMA, OWN_SPEAKER_AFTER, CLAUSE_APPOSITIVE]) {
      const hit = cut.exec(doc.text.slice(from, end));
      if (hit) end = from + hit.index;
    }
    const text = doc.text.slice(from, end);
    if (text.trim().split(/\s+/).length < MIN_CLAUSE_WORDS || quoted.some((q) => q.start < end && from < q.end)) continue;
    out.push(statement(doc, s.index, { start: from, end }, text, owner.key));
  }
  return out;
}

/** Every word the loop of findParaphrases() reads further: an appeal's, a showing's or a reporting verb. */
const VERB_WORDS: ReadonlySet<string> = new Set([...APPEAL_VERBS, ...SHOW_VERBS, ...REPORTING_VERBS]);

/**
 * Reported speech: in a sentence without a direct quote, each reporting verb whose subject is
 * named (or 'he'/'she' after a named person, or 'the company' after a named organisation)
 * gives a statement per subject ('The United States and European Union accuse ...' gives
 * two). The text is what follows the verb (after 'that', a date, the addressee of 'told')
 * up to the next attributed clause; an attribution inserted after the clause ('..., Kerry
 * says') takes the clause before it. A verb whose subject sits inside another statement's
 * clause replaces it: the inner speaker is the one quoted ('He says Kerry told Lavrov that ...').
 * Plain noun-phrase subjects ('Activists and medics reported ...') give unattributed statements.
 */
export function findParaphrases(doc: AnalysedText, quoted: readonly QuotedSpan[]): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  for (const s of doc.sentences) {
    const body = doc.text.slice(s.start, s.end);
    // Headlines and captions have no terminal punctuation and report nobody's words.
    if (!/[.!?]["”’)]?$/.test(body)) continue;
    const bodyEnd = s.end - (/[.!?]["”’]?$/.test(body) ? 1 : 0);
    const verbs: Verb[] = [];
    const re = /\p{L}+/gu;
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      let word = m[0].toLowerCase();
      // Most words are none of the verbs below: one lookup skips them (only a speed-up, the same words go on).
      if (!VERB_WORDS.has(word)) continue;
      let len = word.length;
      const appeal = APPEAL_VERBS.has(word) ? (word.startsWith('appeal') ? APPEAL_TO : APPEAL).exec(body.slice(m.index + len)) : null;
      if (appeal) {
        word = `${word} ${appeal[0].trim().toLowerCase()}`;
        len += appeal[0].length;
      }
      // 'Official results showed the alliance also won ...': a finding a document shows, with nobody speaking.
      if (SHOW_VERBS.has(word)) {
        const from = stripDateline(doc, s, s.start + m.index);
        const head = doc.text.slice(from, s.start + m.index);
        const clause = doc.text.slice(s.start + m.index + len, bodyEnd);
        if (DOCUMENT_SUBJECT.test(head) && (/^\s+that\s/.test(clause) || CLAUSE_OPENING.test(clause)) && !WH_CLAUSE.test(clause)) verbs.push({ word, index: s.start + m.index, end: s.start + m.index + len, subjects: [], unnamedAt: from + head.length - head.trimStart().length });
        else {
          // '..., the report shows.': a document closing an inverted attribution; a report a body published speaks for it.
          const inverted = INVERTED_DOCUMENT.exec(body.slice(0, m.index));
          if (inverted && INVERTED_TAIL.test(clause)) {
            const at = s.start + inverted.index + inverted[0].indexOf(inverted[1]!);
            const key = /^(?:the|its|their)\s/i.test(inverted[1]!) && PUBLISHED_DOCUMENT_WORD.test(inverted[2]!) ? publisherOf(doc, s.index, inverted[2]!) : undefined;
            verbs.push({ word, index: s.start + m.index, end: s.start + m.index + len, subjects: key ? [{ key, start: at }] : [], unnamedAt: key ? undefined : at });
          }
        }
        continue;
      }
      if ((!REPORTING_VERBS.has(word) && !appeal) || /^-/.test(body.slice(m.index + len))) continue;
      // 'The public was informed that ...': a passive notice names nobody who spoke.
      if (INFORM_VERBS.has(word) && PASSIVE_BEFORE.test(body.slice(0, m.index))) continue;
      // 'had ruled out sites near ...', 'found out': a phrasal verb reports nothing.
      if (PHRASAL_OUT.test(body.slice(m.index + len))) continue;
      // 'added a second from the penalty spot', 'added 15 for the visitors': a score or tally added, then a setting, is no speech.
      if (/^add/.test(word) && ADDED_TALLY.test(body.slice(m.index + len))) continue;
      // 'which reported it to the PIPC': passing a matter on to a body reports no clause.
      if (/^report/.test(word) && REPORTED_TO.test(body.slice(m.index + len))) continue;
      const index = s.start + m.index;
      // 'The ministry has also asked the army to help ...': a body's perfect request is a standing act, not words reported
      // from an occasion; a person's ('The mayor, X, has asked the government to ...') is what they asked (checked below).
      const perfectRequest = /^ask/.test(word) && PERFECT_BEFORE.test(body.slice(0, m.index));
      // 'is threatening to cut off ...' is a finite verb, not a participle continuing a clause.
      // 'The ministry is urging ...': the subject stands before the auxiliary.
      const participleAux = PARTICIPLES.has(word) ? /\s(?:is|are|was|were)\s+$/i.exec(body.slice(0, m.index)) : null;
      const participle = PARTICIPLES.has(word) && !participleAux && !/\b(?:be|been)\s+$/i.test(body.slice(0, m.index));
      if (!participle && attributesQuote(doc, quoted, index, index + len)) continue;
      const after = doc.text.slice(index + len, bodyEnd);
      // '..., announced Anne Berg, a lawyer who chaired the meeting.': a postposed speaker, not the verb's object.
      const postposedOther = POSTPOSED_VERBS.has(word) && /,\s*$/.test(body.slice(0, m.index)) && !COORDINATED.test(doc.text.slice(s.start, index)) ? speakerAfterVerb(doc, index + len, bodyEnd) : undefined;
      if (postposedOther && doc.mentions.find((x) => x.key === postposedOther.key)?.kind === 'PERSON') {
        verbs.push({ word, index, end: index + len, subjects: [postposedOther], postposed: true });
        continue;
      }
      if (!INVERTED_TAIL.test(after) && !reportsClause(word, after)) continue;
      const head = doc.text.slice(s.start, index).trim();
      const previous = verbs[verbs.length - 1];
      const coordinated = COORDINATED.test(doc.text.slice(s.start, index)) || (participle && /,\s*$/.test(doc.text.slice(s.start, index)));
      if (participle && !coordinated) continue;
      // '..., said Chen Weiming, Huaxin's chairman.': the speaker after the verb.
      // '..., Liv Nissen, told dpa.': after 'told' the name is the one addressed, never the speaker.
      const postposed = !coordinated && SAY_VERBS.has(word) && !/^tel|^tol/.test(word) && /,\s*$/.test(body.slice(0, m.index)) ? speakerAfterVerb(doc, index + len, bodyEnd) : undefined;
      if (postposed) {
        verbs.push({ word, index, end: index + len, subjects: [postposed], postposed: true });
        continue;
      }
      // 'Weather officials warned that ... and urged residents to ...': the unnamed subject goes on.
      if (coordinated && !participle && previous && previous.subjects.length === 0 && previous.unnamedAt !== undefined) {
        if (perfectRequest) continue;
        verbs.push({ word, index, end: index + len, subjects: [], unnamedAt: index });
        continue;
      }
      let subjects =
        coordinated && previous && previous.subjects.length > 0
          ? previous.subjects.map((x) => ({ ...x, start: index }))
          : coordinated
            ? (participle ? quoteAttributionSubject(doc, quoted, s, index) : []).concat(coordinatedOpening(doc, s, index), sentenceSubject(doc, s, index)).slice(0, 1)
            : findSubjects(doc, s.start, participleAux ? index - participleAux[0].length : index);
      // 'the three countries said ... “...” and called on ...': a joint subject of the quote's verb goes on.
      if (coordinated && !participle && !(previous && previous.subjects.length > 0)) {
        const joint = jointQuoteSubjects(doc, quoted, s, index);
        if (joint.length > 1) subjects = joint;
      }
      // 'A and B traded blame ... and voted against, arguing that ...', '..., but each then said that ...': both speak.
      if ((coordinated && !(previous && previous.subjects.length > 0)) || EACH.test(head)) {
        const pair = coordinatedOpening(doc, s, index);
        if (pair.length === 2) subjects = pair.map((x) => ({ ...x, start: index }));
      }
      // 'The researchers, who worked with the University of Bergen, said ...': a name inside a relative clause on an unnamed
      // plural subject is no speaker; the unnamed subject speaks.
      const relative = !coordinated && subjects.length > 0 ? RELATIVE_ON_SUBJECT.exec(head) : null;
      if (relative && isUnnamed(relative[1]!) && subjects.every((x) => x.start >= s.start + relative[1]!.length)) subjects = [];
      // 'Fishermen in the villages of Alba, Berna and Corsa said ...': places listed where unnamed people are are no speakers.
      if (subjects.length > 0 && !coordinated && PLAIN_SPEECH.has(word) && PEOPLE_IN_PLACES.test(head)) {
        if (perfectRequest) continue;
        verbs.push({ word, index, end: index + len, subjects: [], unnamedAt: s.start + head.length - head.trimStart().length });
        continue;
      }
      // 'Activists and medics reported ... . They said ...', '..., where they said ...': 'they' continues an unnamed subject.
      if (subjects.length === 0 && THEY.test(head) && PLAIN_SPEECH.has(word) && (opensWithUnnamed(doc, s, index) || (s.index > 0 && opensWithUnnamed(doc, doc.sentences[s.index - 1]!, doc.sentences[s.index - 1]!.end)))) {
        if (perfectRequest) continue;
        verbs.push({ word, index, end: index + len, subjects: [], unnamedAt: s.start + head.length - (THEY.exec(head)![0].trimStart().length) });
        continue;
      }
      // 'The study, published in ..., mapped ... . It found that ...': a document's findings have no named speaker.
      if (subjects.length === 0 && !coordinated && /^\s*It\s*$/.test(head) && documentOpensBefore(doc, s.start)) {
        verbs.push({ word, index, end: index + len, subjects: [], unnamedAt: s.start + head.indexOf('It') });
        continue;
      }
      // 'A study by the Institute of X found that ...': a document's findings have no named speaker, even with its authors named.
      if (subjects.length === 0 && !coordinated && DOCUMENT_BY.test(head.trim())) {
        verbs.push({ word, index, end: index + len, subjects: [], unnamedAt: s.start + head.length - head.trimStart().length });
        continue;
      }
      // 'Privacy campaigners welcomed the decision but said ...', 'The US-led coalition bombed a base, saying later that ...': an unnamed subject goes on.
      if (subjects.length === 0 && coordinated && (PLAIN_SPEECH.has(word) || participle) && (opensWithUnnamed(doc, s, index) || (participle && describedOpening(doc, s, index)))) {
        if (perfectRequest) continue;
        verbs.push({ word, index, end: index + len, subjects: [], unnamedAt: index });
        continue;
      }
      // 'At Dunga Beach in Kisumu, fishermen said ...', '..., officials said Thursday.': the phrase after the last comma.
      const own = head.slice(head.lastIndexOf(',') + 1).trim();
      // '..., which US officials say was ...' reports nothing of its own.
      // 'have been accused of ...' (passive), 'the man prosecutors accuse of ...' (the object is the relative's gap): no accusation reported.
      const accusationGap = /^accus/.test(word) && (/^\s+of\b/.test(after) || PASSIVE_BEFORE.test(body.slice(0, m.index)));
      // '..., the report said.' after 'The Ministry of Agriculture's weekly report estimated ...': the body whose report it is.
      const ownDocument = subjects.length === 0 && PLAIN_SPEECH.has(word) ? OWN_DOCUMENT.exec(own) : null;
      const publisher = ownDocument ? publisherOf(doc, s.index, ownDocument[1]!) : undefined;
      if (publisher) {
        verbs.push({ word, index, end: index + len, subjects: [{ key: publisher, start: s.start + doc.text.slice(s.start, index).lastIndexOf(own) }] });
        continue;
      }
      const unnamed = subjects.length === 0 && PLAIN_SPEECH.has(word) && !accusationGap && (isUnnamed(head) || (isUnnamed(own) && !/^(?:which|that|who|whom)\s/i.test(own)));
      if (subjects.length === 0 && !unnamed) continue;
      // 'Police have asked residents to ...': an unnamed subject's standing request is still what it asks (a named body's is an act).
      if (perfectRequest && subjects.length > 0 && doc.mentions.find((x) => x.key === subjects[0]!.key)?.kind !== 'PERSON') continue;
      // 'At the Irrua Specialist Teaching Hospital in Edo State, ..., doctors said': unnamed staff of the body the sentence
      // opens at speak for it (GUIDELINES §5: an unnamed member of a named organisation → the organisation).
      const host = unnamed && !coordinated && STAFF_SUBJECT.test(own) ? hostBody(doc, s, index) : undefined;
      if (host) {
        verbs.push({ word, index, end: index + len, subjects: [{ key: host, start: s.start + doc.text.slice(s.start, index).lastIndexOf(own) }] });
        continue;
      }
      // '..., a change the authority has said it is studying': a relative clause with no pronoun on the noun before the
      // subject reports nothing of its own (GUIDELINES §5: the reported content is the antecedent).
      if (!coordinated && subjects.length > 0 && reducedRelative(doc.text.slice(s.start, subjects[0]!.start))) continue;
      // 'Under EU rules that took effect in 2024, ...': a name governed by a preposition opening the sentence is no subject
      // (the verb-like word after it is a noun: 'rules', 'reports').
      if (!coordinated && subjects.length > 0 && PREPOSITION_ONLY.test(doc.text.slice(stripDateline(doc, s, subjects[0]!.start), subjects[0]!.start))) continue;
      // 'Albers called for more scanners at the port': a named speaker's appeal for a thing is an act, not reported
      // speech; only 'called for X to ...' reports what is asked. (Unnamed study authors' 'called for' keeps the older reading.)
      if (subjects.length > 0 && /^call(?:ed|s|ing)? for$/.test(word) && !APPEAL_INFINITIVE.test(after)) continue;
      const unnamedAt = unnamed ? s.start + doc.text.slice(s.start, index).lastIndexOf((isUnnamed(head) ? head : own).replace(/^(?:and|but)\s+/i, '')) : undefined;
      // 'rejected accusations that ...' reports; 'rejected the company's pay report' is a vote, an act whose subject a later
      // ', saying ...' or 'and said ...' still continues.
      const act = /^reject/.test(word) && !REJECTED_THAT.test(after);
      verbs.push({ word, index, end: index + len, subjects, unnamedAt, act });
    }
    const found: ExtractedStatement[] = [];
    const saidBy = new Map<ExtractedStatement, boolean>();
    const requests = new Set<ExtractedStatement>();
    const subjectAt = new Map<ExtractedStatement, number>();
    verbs.forEach((v, i) => {
      if (v.act) return;
      const lead = doc.text.slice(s.start, v.postposed ? v.index : (v.subjects[0]?.start ?? v.unnamedAt ?? v.index));
      const tail = doc.text.slice(v.end, s.end);
      const speakers = v.subjects.length > 0 ? v.subjects.map((x) => x.key) : [undefined];
      const leadAt = v.postposed ? v.index : (v.subjects[0]?.start ?? v.unnamedAt ?? v.index);
      const comma = leadComma(doc, lead, leadAt, v.subjects[0]?.key);
      if ((v.subjects.length > 0 || v.unnamedAt !== undefined) && (v.postposed || invertedTail(doc, v.word, v.end, tail)) && comma && lead.split(/\s+/).length > 3) {
        const end = s.start + lead.replace(comma, '').length;
        // 'Turnout was 63%, the GEC said, down from ...': a complete clause before the attribution does not resume after it.
        // '..., the statement said, about Russian and Syrian attacks ...': a preposition completing the clause's verb resumes it.
        const resumes = v.postposed || (FINITE.test(doc.text.slice(s.start, end).replace(DATELINE, '')) && !PREPOSITION_RESUMES.test(tail)) ? null : RESUMES.exec(tail);
        // '..., he said, and traffic would resume on Thursday': a coordinated clause in the reported tense goes on with the report.
        const coordinate = resumes || v.postposed ? null : reportedCoordinate(tail);
        const rest = resumes ? ' ' + doc.text.slice(v.end + resumes[0].length, bodyEnd) : coordinate ? ', ' + doc.text.slice(v.end + coordinate[0].length, bodyEnd) : '';
        for (const speaker of speakers) found.push(statement(doc, s.index, { start: s.start, end: resumes || coordinate ? bodyEnd : end }, doc.text.slice(s.start, end) + rest, speaker));
        return;
      }
      let from = v.end;
      let addressee: string | undefined;
      let toldListener = false;
      if (v.word === 'told' || v.word === 'tells' || v.word === 'telling') {
        // 'told Foreign Minister Sergei Lavrov that': the addressee may carry a title.
        const target = doc.mentions.find((x) => x.start >= from && x.kind !== 'PLACE' && /^(?:\s+the)?(?:\s+\p{Lu}\p{Ll}*){0,3}\s*$/u.test(doc.text.slice(from, x.start)));
        if (target && target.start < bodyEnd) {
          addressee = target.key;
          from = target.end;
        } else {
          // 'told council the museum supports the plan': a body addressed by a common noun, then the clause.
          const listener = LISTENER.exec(doc.text.slice(from, bodyEnd));
          if (listener) {
            from += listener[0].length;
            toldListener = true;
          }
        }
      }
      // 'warned him that ...': an object pronoun before the clause is no part of it.
      // 'called for them to be regulated': after an appeal the pronoun is the clause's subject.
      // 'told the Assembly her sales fell ...': after the one addressed, 'her' is the clause's own possessive.
      // 'said her delegation had abstained': after 'say' (which takes no object) 'her' is the clause's own possessive.
      if (!APPEAL_VERBS.has(v.word.split(' ')[0]!) && !/^(?:said|says|say)$/.test(v.word)) from += (addressee || toldListener ? /^\s+(?:him|them|us|me|reporters)\b/ : /^\s+(?:him|her|them|us|me|reporters)\b/).exec(doc.text.slice(from, bodyEnd))?.[0].length ?? 0;
      // 'said on a call with analysts that ...', 'told cheering supporters at the party's headquarters
      // that ...': a phrase before 'that' (a prepositional one, or the object of 'tell') is no part of the clause.
      // A clause that already opens with 'that' has no such phrase: 'told EFE that A and that B' keeps both.
      // 'reported to the county health team that ...': 'to' before a determiner is a setting, not an infinitive.
      const restFrom = doc.text.slice(from, bodyEnd);
      const opensClause = /^\s+that\s/.test(restFrom) || (/^\s+to\s/.test(restFrom) && !TO_RECIPIENT_THAT.test(restFrom));
      let framed = toldListener || (opensClause && !(v.word.startsWith('t') && /^\s+to\s/.test(restFrom))) ? null : (/^t[eo]l/.test(v.word) ? TOLD_OBJECT : SAID_SETTING).exec(doc.text.slice(from, bodyEnd));
      // 'warned the Health Ministry in March that ...': the person warned is no part of the clause (no verb of its own in it).
      if (!framed && OBJECT_THAT_VERB.test(v.word)) {
        const object = TOLD_OBJECT.exec(doc.text.slice(from, bodyEnd));
        if (object && !FINITE.test(object[0].replace(/\sthat$/, '')) && object[0].trim().split(/\s+/).length <= MAX_OBJECT_WORDS + 2) framed = object;
      }
      // 'told Tatoli, Timor-Leste's national news agency, that ...': the addressee's appositive is no part of the clause.
      if (!framed && /^t[eo]l/.test(v.word)) framed = ADDRESSEE_APPOSITIVE_THAT.exec(doc.text.slice(from, bodyEnd));
      if (framed) from += framed[0].length - ' that'.length;
      from += CLAUSE_LEAD.exec(doc.text.slice(from, bodyEnd))![0].length;
      // The clause runs to the next coordinated attribution: '..., and Tanzania said ...', '..., and urged ...'.
      // '..., while the Greens said ...': a contrast clause with a subject and report of its own ends the report too.
      const next = verbs.slice(i + 1).find((n) => COORDINATED.test(doc.text.slice(from, n.subjects[0]?.start ?? n.unnamedAt ?? n.index).replace(/\s*\p{Lu}[\p{L}\s.’'()-]*$/u, ' ')) || COORDINATED.test(doc.text.slice(from, n.index)) || (n.subjects.length > 0 && !n.postposed && n.subjects[0]!.start > from && WHILE_SUBJECT.test(doc.text.slice(from, n.subjects[0]!.start))));
      const nextStart = next ? Math.min(next.subjects[0]?.start ?? next.unnamedAt ?? next.index, next.index) : bodyEnd;
      let end = next && nextStart > from ? nextStart : bodyEnd;
      const whileOther = next && nextStart > from ? WHILE_SUBJECT.exec(doc.text.slice(from, end)) : null;
      if (whileOther) end = from + whileOther.index;
      // '..., saying ...', '..., telling Reuters ...', '..., calling the decision “baffling”': a participle after a comma starts another report.
      const participle = PARTICIPLE_AFTER_COMMA.exec(doc.text.slice(from, end));
      if (participle) end = from + participle.index;
      // '... and promised federal support, the Prime Minister's Office said.': a later attribution at the end is another report.
      const closing = verbs.slice(i + 1).find((n) => n.index > from && INVERTED_TAIL.test(doc.text.slice(n.end, s.end)) && /,\s*(?:the\s+|a\s+)?$/i.test(doc.text.slice(s.start, n.subjects[0]?.start ?? n.unnamedAt ?? n.index)));
      if (closing) end = Math.min(end, doc.text.lastIndexOf(',', closing.subjects[0]?.start ?? closing.unnamedAt ?? closing.index));
      // '..., which US officials say was ...': a relative clause with an attribution of its own ends the report.
      const relative = RELATIVE_ATTRIBUTION.exec(doc.text.slice(from, end));
      if (relative) end = from + relative.index;
      const naming = RELATIVE_NAMING.exec(doc.text.slice(from, end));
      if (naming && naming.index > 0) end = from + naming.index;
      const reading = RELATIVE_READING.exec(doc.text.slice(from, end));
      if (reading && reading.index > 0) end = from + reading.index;
      const setting = WRITER_PRESENT_RELATIVE.exec(doc.text.slice(from, end));
      if (setting && setting.index > 0 && BACKSHIFTED.test(doc.text.slice(from, from + setting.index)) && !PAST_OR_MODAL.test(doc.text.slice(from + setting.index, end))) end = from + setting.index;
      // 'SITRAFLUV, which says it represents 3,800 deckhands, engineers and pilots, called the stoppage ...': a report
      // inside a non-restrictive relative clause ends where the main clause's verb resumes after a comma.
      if (RELATIVE_BEFORE_VERB.test(doc.text.slice(s.start, v.index))) {
        const resumed = MAIN_VERB_RESUMES.exec(doc.text.slice(from, end));
        if (resumed) end = from + resumed.index;
      }
      // '..., and it has since opened proceedings': a clause back in the writer's present perfect is no longer the report.
      const since = WRITER_SINCE.exec(doc.text.slice(from, end));
      if (since && since.index > 0) end = from + since.index;
      const act = ACT_AFTER_CLAUSE.exec(doc.text.slice(from, end));
      // 'said the government had opened 150 centres and ordered all hospitals to ...': a participle coordinated under the clause's 'had' stays in it.
      if (act && act.index > 0 && !PERFECT_COORDINATE.test(doc.text.slice(from, from + act.index) + act[0])) end = from + act.index;
      // 'ruling that the lease was void and ordering the land returned': after a participial report, a coordinated participle is the next act.
      if (v.word.endsWith('ing')) {
        const actIng = ACT_PARTICIPLE_AFTER_CLAUSE.exec(doc.text.slice(from, end));
        if (actIng && actIng.index > 0) end = from + actIng.index;
      }
      const negated = NEGATED_PERFECT_THEN_ACT.exec(doc.text.slice(from, end));
      if (negated && /ed$|^(?:said|told)$/.test(v.word)) end = from + negated[0].length;
      const own = OWN_SPEAKER_AFTER.exec(doc.text.slice(from, end)) ?? OTHERS_SPEAK_AFTER.exec(doc.text.slice(from, end));
      if (own) end = from + own.index;
      // 'said futures had risen 1.2 per cent, although most of the ore is carried on ...': a concession back in the writer's
      // present after a backshifted report is the writer's aside (GUIDELINES §5, trailing add-ons).
      const aside = WRITER_PRESENT_ASIDE.exec(doc.text.slice(from, end));
      if (aside && aside.index > 0 && BACKSHIFTED.test(doc.text.slice(from, from + aside.index)) && !PAST_OR_MODAL.test(doc.text.slice(from + aside.index, end)) && /ed$|^(?:said|told)$/.test(v.word)) end = from + aside.index;
      // '..., but the regional police spokeswoman, X, promised that “...”': another speaker, named after a described post.
      const other = DESCRIBED_SPEAKER_AFTER.exec(doc.text.slice(from, end));
      if (other) end = from + other.index;
      const appositive = CLAUSE_APPOSITIVE.exec(doc.text.slice(from, end));
      if (appositive) end = from + appositive.index;
      const designation = DESIGNATION_APPOSITIVE.exec(doc.text.slice(from, end));
      if (designation) end = from + designation.index;
      const pointing = POINTING.exec(doc.text.slice(from, end));
      // '... “the majority party of Paraguay,” pointing to ...': a comma inside the closing quote stays with it.
      if (pointing) end = from + pointing.index + (/^,["”’]/.test(pointing[0]) ? 2 : 0);
      // '..., roughly a quarter of whom live below the poverty line': the writer's gloss on the last noun.
      const gloss = GLOSS.exec(doc.text.slice(from, end));
      if (gloss) end = from + gloss.index;
      // 'had threatened to attack polling stations but has a limited presence in ...': a finite verb coordinated after an
      // infinitive report cannot continue the infinitive; it returns to the writer's main clause.
      const finite = /^to\s/.test(doc.text.slice(from, end)) ? INFINITIVE_THEN_FINITE.exec(doc.text.slice(from, end)) : null;
      if (finite && finite.index > 0) end = from + finite.index;
      // '..., while New Zealand pledged $900,000': a contrast naming another actor's act is the writer's addition.
      const contrast = WHILE_OTHER.exec(doc.text.slice(from, end));
      if (contrast) {
        const at = from + contrast.index + contrast[0].length;
        const actor = doc.mentions.find((x) => x.start === at);
        if (actor && !actor.possessive && !(speakers as readonly (string | undefined)[]).includes(actor.key) && /^\s+(?:also\s+)?\p{Ll}{3,}ed\b/u.test(doc.text.slice(actor.end, end))) end = from + contrast.index;
      }
      end = from + doc.text.slice(from, end).replace(/(?:[\s,;]+(?:and|but|while)?\s*)$/, '').length;
      const text = doc.text.slice(from, end);
      const size = text.trim().split(/\s+/).length;
      const short = size >= MIN_SAID_CLAUSE_WORDS - (PRONOUN_CLAUSE.test(text.trim()) ? 1 : 0) && (SAY_VERBS.has(v.word) || /\bthat\s*$/.test(doc.text.slice(v.end, from))) && SHORT_CLAUSE_SUBJECT.test(text.trim());
      // 'admits he was sceptical': any reporting verb takes a clause of a personal pronoun, a verb and its complement.
      const pronounClause = size === 3 && OWN_PRONOUN_CLAUSE.test(text.trim());
      // 'urged islanders to vote': an appeal is whole with the ones urged, 'to' and the verb.
      const shortAppeal = size === 3 && /^urg/.test(v.word) && SHORT_APPEAL.test(text.trim());
      if (size < MIN_CLAUSE_WORDS && !short && !pronounClause && !shortAppeal && !(/^report/.test(v.word) && PARTICIPLE_CLAUSE.test(text.trim()))) return;
      // A report nested inside a transcript turn (a record's words printed without quotation marks: 'Answer (Hon. X): ...
      // NB Power has informed me that Unit 3 will ...') is the reported speaker's own statement.
      if (quoted.some((q) => q.start < end && from < q.end && !(q.start <= from && end <= q.end && !doc.quoted.some((marks) => marks.start < q.end && q.start < marks.end)))) return;
      // 'explains why the councils were brought back': a wh-clause names a topic, it reports no claim.
      if (WH_CLAUSE.test(text)) return;
      // '..., a project the government says will create ...': a clause with no subject is a relative clause's gap, reporting nothing of its own.
      if (SUBJECT_GAP.test(text)) return;
      // 'said at a news conference at city hall.': a setting with no verb is no reported clause.
      if (SETTING_ONLY.test(text) && !FINITE.test(text)) return;
      // 'told them to leave' reports an appeal; 'added dhow building to its register' is an act ('to' before a determiner).
      if (TELL_VERBS.has(v.word) && !/\bthat\s*$/.test(doc.text.slice(v.end, from)) && !FINITE.test(text) && !TO_VERB.test(text) && !(toldListener && CLAUSE_OPENING.test(text))) return;
      for (const speaker of speakers) {
        const st = statement(doc, s.index, { start: from, end }, text, speaker, addressee);
        saidBy.set(st, SAY_VERBS.has(v.word));
        if (/^ask/.test(v.word)) requests.add(st);
        if (v.subjects[0] && !v.postposed) subjectAt.set(st, v.subjects[0].start);
        found.push(st);
      }
    });
    for (const st of nominalStatements(doc, s, bodyEnd, quoted)) if (!found.some((f) => f.start < st.end && st.start < f.end)) found.push(st);
    // An attributed verb inside an earlier statement's clause: the inner speaker is the one reported.
    const source = accordingTo(doc, s, bodyEnd, out);
    if (source && !quoted.some((q) => q.start < s.end && s.start < q.end)) {
      // 'They found that A, according to the paper': the finding's own verb reports the same clause; one statement.
      if (source.start > s.start) for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start === source.start && found[k]!.speaker === undefined) found.splice(k, 1);
      found.push(source);
    }
    const inside = (inner: ExtractedStatement, st: ExtractedStatement) => inner !== st && inner.start > st.start && inner.start < st.end;
    const kept = found.filter(
      (st) =>
        !found.some((inner) => inside(inner, st) && !requests.has(inner) && inner.speaker !== undefined && saidBy.get(inner) === true && doc.mentions.some((m) => m.key === inner.speaker && m.start >= st.start && m.start < inner.start)) &&
        // 'Bains said the council had promised to ...': a described body reporting inside the clause is the one reported.
        !found.some((inner) => inside(inner, st) && !requests.has(inner) && inner.speaker !== undefined && inner.speaker !== st.speaker && (subjectAt.get(inner) ?? -1) >= st.start && !doc.mentions.some((m) => m.key === inner.speaker && m.start >= st.start && m.start < inner.start)) &&
        !(st.speaker === undefined && found.some((outer) => inside(st, outer))) &&
        // 'said the company had asked that ...': a request inside a said-clause is part of that report.
        !(requests.has(st) && found.some((outer) => inside(st, outer) && saidBy.get(outer) === true)) &&
        // 'The minister said the project would cost ... and that the European Union had promised to cover ...': a named body's
        // promise inside a said-clause is part of that report, not one of its own.
        !(saidBy.get(st) === false && found.some((outer) => inside(st, outer) && saidBy.get(outer) === true && outer.end >= st.end && doc.mentions.some((m) => m.key === st.speaker && m.start >= outer.start && m.start < st.start))),
    );
    out.push(...kept);
  }
  return out;
}
