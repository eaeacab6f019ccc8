import countries from 'world-countries';
import { foldSurface } from './fold';

/**
 * Generic word lists for entity kinds that the curated file and the packages lack. Nothing
 * here names one article's entity: these are head nouns and cue words. (The news agencies and
 * platforms any article may cite are in the curated file, `mediaOrganizations`.)
 */

/** Two-word place heads that beat the organisation word inside them: 'Kafa Biosphere Reserve', 'X Conference Centre'. */
export const PLACE_HEAD_PHRASES: readonly string[][] = [
  'biosphere reserve', 'nature reserve', 'natural reserve', 'natural park', 'game reserve', 'forest reserve', 'wildlife reserve', 'marine reserve', 'national reserve',
  'conference centre', 'conference center', 'convention centre', 'convention center', 'exhibition centre', 'exhibition center',
  'heritage site', 'national park', 'marine park', 'sports centre', 'sports center', 'sports complex', 'ski centre', 'ski center',
  'aquatics centre', 'aquatic center', 'biathlon centre', 'biathlon center',
  // Plants and prisons are sites: 'Stanwell Power Station', 'Maseru Central Correctional Institution'.
  'power station', 'power plant', 'correctional institution', 'correctional centre', 'correctional center', 'correctional facility',
  'detention centre', 'detention center',
  // Halls and centres used as venues and polling stations: 'Kingsmead Community Centre', 'Ashby Village Hall'.
  'community centre', 'community center', 'community hall', 'village hall', 'civic centre', 'civic center',
  // Protected historic districts: 'Kelso Abbey Historic Area', 'Port Arthur Historic Site'.
  'historic area', 'historic site', 'historic district', 'heritage area', 'heritage precinct',
  // Sports and show grounds are venues: 'Kingsbury Cricket Ground', 'Ellerby Recreation Ground' (not 'Common Ground', a charity).
  'cricket ground', 'football ground', 'rugby ground', 'sports ground', 'recreation ground', 'county ground', 'show ground',
  // Sea channels named after the parallel they follow: 'the Eight Degree Channel' (a TV channel is 'X Channel' with no 'Degree').
  'degree channel',
].map((p) => p.split(' '));

/** Place head nouns the curated file lacks (sea floor, landforms, streets, buildings used as venues). */
export const EXTRA_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'trench', 'reef', 'atoll', 'fjord', 'gorge', 'ridge', 'esplanade', 'promenade', 'boulevard', 'parade', 'quay', 'wharf', 'pier',
  'flyover', 'overpass', 'roundabout', 'causeway', 'hotel', 'theatre', 'theater', 'temple', 'pagoda', 'shrine', 'citadel', 'ruins', 'archipelago', 'estuary',
  'wetlands', 'swamp', 'oasis', 'dunes', 'rocks', 'lido', 'waterfall', 'cove', 'lagoon', 'deposit', 'corridor', 'viaduct',
  // Lines and roads ('Ethio-Djibouti Railway'); the companies run 'Kenya Railways' (plural).
  'railway', 'railroad', 'motorway', 'expressway',
  // Burial grounds: 'Prazeres Cemetery', 'Highgate Cemetery'.
  'cemetery', 'graveyard', 'necropolis',
  // Markets named as places: 'Chorsu Bazaar' (not the spelling 'Bazar': 'Kamalapur and Notun Bazar' would join as one place).
  'bazaar', 'souk',
  // Swiss and Bosnian administrative units: 'Sarajevo Canton', 'Canton of Vaud'.
  'canton',
  // 'the Greater Mekong Subregion': a part of a region ('region' alone also ends authorities' names: 'Sicilian Region').
  'subregion', 'sub-region',
  // Streets named '... Row' ('Savile Row') and garrison buildings ('Victoria Barracks').
  'row', 'barracks',
]);

/**
 * Head-first place words of Portuguese, Spanish and Italian venues and landmarks the curated file lacks: 'Basílica da Estrela',
 * 'Coliseu dos Recreios', 'Adega do X' (a fado house), 'Castelo de São Jorge', 'Cemitério dos Prazeres'. Folded.
 */
export const HEAD_FIRST_PLACES: readonly string[] = [
  'basilica', 'basilique', 'igreja', 'iglesia', 'chiesa', 'capela', 'capilla', 'cappella', 'catedral', 'cattedrale', 'mosteiro', 'monasterio',
  'coliseu', 'coliseo', 'adega', 'castelo', 'castillo', 'castello', 'cemiterio', 'cementerio', 'cimitero',
  // A Spanish or Portuguese town's countryside or plain: 'Campo de Cartagena'.
  'campo',
  // Dutch 'Sint' (saint) opens towns and villages: 'Sint Michiel', 'Sint Willibrordus'; a French 'Hôtel' opens a venue: 'Hôtel Drouot'.
  'sint', 'hotel',
];

/** Words after a street name that say which stretch it is: 'Salthill Road Upper', 'Dorset Street Lower'. */
export const STRETCH_WORDS: ReadonlySet<string> = new Set(['upper', 'lower', 'north', 'south', 'east', 'west', 'extension']);

/** Lower-case nouns right after a name (maybe after one modifier) that make it a place: 'the Koh Ker temple complex', 'the X copper mine'. */
export const PLACE_CUES_AFTER: ReadonlySet<string> = new Set([
  'temple', 'temples', 'complex', 'ruins', 'deposit', 'deposits', 'mine', 'mines', 'field', 'oilfield', 'gasfield', 'reserve', 'site',
  'trench', 'reef', 'archipelago', 'constituency', 'ward', 'county', 'district', 'province', 'region', 'valley', 'river', 'basin',
  'viaduct', 'bridge', 'wetlands', 'wetland', 'glacier', 'plateau', 'peninsula', 'lagoon', 'corridor', 'dam',
]);

/** Lower-case words before a name that make it a company: 'Swedish utility Vattenfall', 'battery maker X'. */
export const ORG_CUES_BEFORE: ReadonlySet<string> = new Set([
  'utility', 'maker', 'carmaker', 'chipmaker', 'steelmaker', 'automaker', 'producer', 'exporter', 'importer', 'refiner',
  'shipper', 'distributor', 'manufacturer', 'retailer', 'supermarket', 'chain', 'brand', 'conglomerate', 'contractor', 'consultancy',
  'broker', 'brokerage', 'bank', 'fund', 'investor', 'platform', 'app', 'agency', 'startup', 'start-up', 'daily', 'weekly', 'newspaper',
  'broadcaster', 'site', 'website', 'portal', 'outlet', 'tabloid', 'exchange', 'club', 'side', 'team', 'franchise',
  'nonprofit', 'non-profit', 'charity', 'journal',
  // 'the civic association Zelena Dolina', 'farmers' cooperative X'.
  'association', 'cooperative', 'co-operative', 'ngo', 'foundation',
  // 'the think tank Expert-Grup'.
  'tank', 'think-tank', 'thinktank',
]);

/** Nouns of a description after a person's name: 'X, a third-year geography student', 'X, a researcher on ...'. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'student', 'researcher', 'speaker', 'resident', 'fisherman', 'fisherwoman', 'farmer', 'grower', 'planter', 'smallholder', 'trader', 'vendor', 'nurse', 'doctor', 'teacher',
  'lawyer', 'advocate', 'activist', 'mother', 'father', 'grandmother', 'grandfather', 'widow', 'pensioner', 'retiree', 'driver',
  'worker', 'labourer', 'laborer', 'volunteer', 'survivor', 'owner', 'shopkeeper', 'guard', 'flanker', 'prop', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'centre', 'center', 'point guard', 'scrum-half', 'fly-half',
  'hooker', 'lock', 'fullback', 'playmaker', 'sprinter', 'runner', 'swimmer', 'cyclist', 'boxer', 'wrestler', 'athlete', 'player',
  'scientist', 'biologist', 'economist', 'historian', 'archaeologist', 'engineer', 'architect', 'professor', 'lecturer', 'author',
  'journalist', 'reporter', 'photographer', 'filmmaker', 'artist', 'musician', 'singer', 'poet', 'novelist', 'curator', 'priest',
  'pastor', 'imam', 'monk', 'nun', 'midwife', 'paramedic', 'surgeon', 'pharmacist', 'veterinarian', 'herder', 'herdsman', 'rancher',
  'councillor', 'councilor', 'lawmaker', 'senator', 'candidate', 'voter', 'father-of-two', 'mother-of-two', 'commuter', 'cyclist',
  'shopper', 'tenant', 'landlord', 'homeowner', 'businessman', 'businesswoman', 'entrepreneur', 'villager', 'miner', 'diver',
  'partner', 'seller', 'hawker', 'fishmonger', 'butcher', 'baker', 'tailor', 'cleaner', 'carpenter', 'mechanic', 'plumber',
  'commentator', 'columnist', 'editor', 'left-hander', 'right-hander', 'left-back', 'right-back', 'centre-back', 'pitcher', 'bowler', 'batsman',
  'batter', 'forecaster', 'meteorologist', 'ranger', 'warden', 'fisher', 'skipper', 'spinner', 'paceman', 'wicketkeeper',
  // Riders and other sportspeople named by their sport (round 32): 'Ethiopian rider X crashed', 'jockey X'.
  'rider', 'jockey', 'golfer', 'skier', 'rower', 'climber', 'mountaineer', 'skater', 'racer',
  // Cricket's batting places (round 29): 'after opener X made 94'.
  'opener', 'all-rounder', 'seamer',
  // Lawyers in court reports: 'X, counsel for the cooperative', 'X, a solicitor from ...'.
  'counsel', 'solicitor', 'barrister',
  // School heads: 'X, a former school principal from Matara'.
  'principal', 'headteacher', 'headmaster', 'headmistress',
]);

/** Company-like nouns that also describe people ('a supplier', 'a developer'): no person cue. */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'supplier', 'developer', 'maker', 'producer', 'operator', 'provider', 'carrier', 'lender', 'insurer', 'manufacturer', 'retailer',
  'distributor', 'exporter', 'importer', 'contractor', 'subsidiary', 'unit', 'firm', 'company', 'group', 'club', 'side', 'team',
]);

/** Words that open a storm's name, which is an event, not an entity: 'Cyclone Idai', 'Hurricane Maria'. */
export const STORM_OPENERS: ReadonlySet<string> = new Set(['cyclone', 'hurricane', 'typhoon', 'storm', 'tropical storm', 'super typhoon', 'tropical cyclone', 'tropical depression', 'severe tropical storm', 'severe cyclone']);

/** Abbreviations of diseases, which are no entities: 'the TB ward', 'HIV testing'. */
export const DISEASE_ACRONYMS: ReadonlySet<string> = new Set(['TB', 'HIV', 'AIDS', 'SARS', 'MERS', 'FMD', 'ASF', 'HPV', 'MDR-TB', 'XDR-TB', 'COVID', 'COVID-19']);
/** Last words of a disease's name, which is no entity: 'Foot and Mouth Disease', 'Acute Respiratory Syndrome'. */
export const DISEASE_HEADS: ReadonlySet<string> = new Set(['disease', 'syndrome']);

/** Heads of laws and legal texts, which are no entities: 'Data Protection Act', 'World Anti-Doping Code'. */
export const LAW_HEADS: ReadonlySet<string> = new Set(['act', 'code', 'regulation', 'regulations', 'directive', 'ordinance', 'statute', 'decree', 'bill']);

/** Words after a name that make it a competition, which is an event: 'the Europa League final'. */
export const COMPETITION_CUES_AFTER: ReadonlySet<string> = new Set([
  'final', 'finals', 'semi-final', 'semifinal', 'quarter-final', 'quarterfinal', 'group', 'knockout', 'title', 'tie', 'fixture',
  'match', 'game', 'campaign', 'season', 'round', 'draw', 'berth', 'spot', 'qualifier', 'qualifiers', 'trophy', 'standings',
]);

/** Time-zone abbreviations written after a clock time: '10:00 WIB', '(0800 GMT)'. They are no names. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT',
  'AKST', 'HST', 'AST', 'ADT', 'NST', 'IST', 'PKT', 'NPT', 'BDT', 'ICT', 'WIB', 'WITA', 'WIT', 'SGT', 'MYT', 'PHT', 'HKT', 'JST',
  'KST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'CAT', 'EAT', 'WAT', 'SAST', 'GST', 'ART', 'BRT', 'CLT', 'COT', 'PET',
  'VET', 'UYT', 'PYT', 'BOT', 'ECT', 'FJT', 'TOT', 'SST', 'ChST', 'IRST', 'AFT', 'UZT', 'ALMT', 'TRT',
]);


/** Words before 'League' that make it a competition, an event: 'Champions League', 'Nations League', 'Europa League'. */
export const COMPETITION_LEAGUE_WORDS: ReadonlySet<string> = new Set(['champions', 'nations', 'europa', 'conference']);

/** Words that mark an article as a sports report (three different ones or more). */
export const SPORTS_WORDS = /\b(?:match(?:es)?|coach|goals?|striker|midfielder|goalkeeper|defender|league|club|season|penalty|quarter-?finals?|semi-?finals?|stadium|basketball|football|soccer|rugby|cricket|hockey|volleyball|handball|tournament|fixture|playoffs?|points)\b/gi;

/** Words right before a town's name that make it the town's club in a sports report: 'beat Sevilla', 'playing for Galatasaray'. */
export const TEAM_CUES_BEFORE = /(?:\b(?:against|beat|beating|beats|defeated|defeating|edged|hosts?|hosted|visit|visits|face|faces|facing|drew with|draw with|lost to|losing to|playing for|plays for|played for|play for|signed for|(?:signed|joined)(?:\s+(?:in|last|this)\s+\p{L}+)?\s+from|club from|side from|moved from|transfer from|loan from)\s+)$/iu;

/** Words right after a town's name that make it the town's club in a sports report: 'Körfez coach', 'A Körfez spokesman'. */
export const TEAM_CUES_AFTER: ReadonlySet<string> = new Set([
  'coach', 'manager', 'striker', 'midfielder', 'goalkeeper', 'defender', 'forward', 'guard', 'captain', 'fans',
  'supporters', 'squad', 'spokesman', 'spokeswoman', 'spokesperson', 'player', 'players', 'winger',
  // British agreement: a town's name with a plural verb is its team ('Novi Grad have signed').
  'have',
]);

/** Last words of a club named after its town: 'Melbourne City', 'Ipswich Town'. */
export const TOWN_CLUB_HEADS: ReadonlySet<string> = new Set(['city', 'town', 'county', 'athletic', 'albion']);

/** Words before any name that make it a club in a sports report (people are not played for): 'playing for Galatasaray', 'joined from X'. */
export const CLUB_CUES_BEFORE = /(?:\b(?:playing for|plays for|played for|play for|signed for|(?:signed|joined)(?:\s+(?:in|last|this)\s+\p{L}+)?\s+from|club from|side from|moved from|transfer from|loan from|on loan at)\s+)$/iu;

/** Heads that end an organisation's name on their own; a list's first name ending in one is a name: 'Nigerian Ports Authority and Customs Service'. */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'authority', 'bank', 'service', 'services', 'company', 'corporation', 'council', 'commission', 'board', 'agency', 'ministry', 'association',
  'federation', 'union', 'airways', 'airlines', 'institute', 'university', 'group', 'police', 'court', 'party', 'fund', 'foundation',
  'organisation', 'organization', 'office', 'department', 'bureau', 'committee', 'trust', 'society', 'club', 'league', 'network', 'forum',
]);

/** Units named after people, written after a number: '8 Beaufort', '41 Celsius' (the gazetteer knows a town Beaufort). */
export const UNIT_NAMES: ReadonlySet<string> = new Set(['Beaufort', 'Celsius', 'Fahrenheit', 'Kelvin', 'Richter', 'Mercalli']);
/** Units in capitals after a number: '300 MW', '2 GWh' ('MW' is also Malawi's code). */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(['MW', 'GW', 'KW', 'TW', 'MWh', 'GWh', 'KWh', 'kWh', 'TWh', 'MWp', 'GWp', 'MVA', 'KV', 'TEU', 'TEUs', 'DWT', 'BPD', 'MMBTU', 'PPM', 'PPB']);
/** Eras after a year or a century: '300 BC', 'the 4th century BC', 'AD 79'. */
export const ERAS: ReadonlySet<string> = new Set(['BC', 'AD', 'BCE', 'CE']);
/** Acronyms of things, no names: 'SIM boxes', 'ID number', 'GPS trackers', 'ATM'. */
export const THING_ACRONYMS: ReadonlySet<string> = new Set(['SIM', 'ID', 'IDs', 'PIN', 'ATM', 'ATMs', 'GPS', 'SMS', 'USB', 'CCTV', 'LED', 'LEDs', 'SUV', 'SUVs', 'PDF', 'URL', 'QR', 'OTP', 'VPN', 'DNA', 'RNA', 'MRI', 'ICU', 'ICUs',
  // Degrees: 'PhD candidate X', 'an MBA'.
  'PhD', 'PhDs', 'DPhil', 'MPhil', 'MBA', 'MSc', 'BSc', 'LLB', 'LLM',
  // Chemicals: 'traces of DDT', 'PCBs in the river'.
  'DDT', 'PCB', 'PCBs', 'PFAS', 'PVC']);
/** Parts of a text written with a number: 'Article 9', 'Section 12', 'Chapter 11' (no entities). */
export const TEXT_PARTS: ReadonlySet<string> = new Set(['Article', 'Articles', 'Section', 'Sections', 'Chapter', 'Clause', 'Paragraph', 'Annex', 'Appendix', 'Schedule', 'Rule', 'Item',
  // Ranks and steps on a scale, written the same way: 'a Category 4 hurricane', 'Phase 2', 'Level 3 alert', 'Grade 1'.
  'Category', 'Phase', 'Stage', 'Level', 'Tier', 'Grade',
  // School years written with a number: 'from Class 1 to Class 5', 'Form 4 pupils' (round 31).
  'Class', 'Form']);

/** Institution nouns that no person's name holds, which make a name an organisation even inside it: 'Civil Hospital Karachi'. */
export const INNER_INSTITUTION_HEADS: ReadonlySet<string> = new Set(['university', 'hospital', 'institute', 'college', 'ministry', 'academy', 'museum', 'polytechnic', 'clinic', 'embassy',
  // 'Port Autonome de Dakar', 'Puerto Autónomo de X': an autonomous port is the authority that runs it, no place.
  'autonome', 'autonomo', 'autonoma']);

/** Organisation words after which 'on' opens the rest of the name: 'Intergovernmental Panel on Climate Change'. */
export const ON_HEADS: ReadonlySet<string> = new Set(['Group', 'Panel', 'Committee', 'Commission', 'Council', 'Forum', 'Conference', 'Force', 'Centre', 'Center', 'Board', 'Network', 'Initiative', 'Coalition', 'Alliance', 'Authority', 'Agency', 'Programme', 'Program', 'Office', 'Institute', 'Secretariat']);

/** Weather patterns written like names: events, no entities ('a weak La Niña pattern'). Folded. */
export const CLIMATE_EVENTS: ReadonlySet<string> = new Set(['el nino', 'la nina', 'la nada']);

/** A funding round's name: 'Series A', 'Series B2' (no entity), after which a leading 'Million' is an amount's word. */
export const FUNDING_ROUND = /^(?:(?:Million|Billion|Mn|Bn)\s+)?(?:Pre-)?Series\s+[A-H]\d?(?:\+)?$/;

/** Legislatures and national assemblies known by their native name, which no package lists: 'the Seimas', 'the Knesset'. */
export const LEGISLATURE_NAMES: ReadonlySet<string> = new Set([
  // German and Austrian state parliaments: 'the Landtag'.
  'Landtag', 'Abgeordnetenhaus',
  // Nordic home-rule parliaments: Åland's 'Lagting', the Faroes' 'Løgting', Greenland's 'Inatsisartut'.
  'Lagting', 'Lagtinget', 'Løgting', 'Løgtingið', 'Lagting of Åland', 'Inatsisartut',
  'Seimas', 'Saeima', 'Riigikogu', 'Sejm', 'Knesset', 'Storting', 'Stortinget', 'Riksdag', 'Folketing', 'Folketinget', 'Eduskunta',
  'Althing', 'Alþingi', 'Bundestag', 'Bundesrat', 'Nationalrat', 'Sabor', 'Skupština', 'Sobranie', 'Verkhovna Rada', 'Duma',
  'State Duma', 'Majlis', 'Mazhilis', 'Jogorku Kenesh', 'Milli Majlis', 'Oliy Majlis', 'Khural', 'State Great Khural', 'Sansad',
  'Jatiya Sangsad', 'Lok Sabha', 'Rajya Sabha', 'Oireachtas', 'Dáil', 'Dáil Éireann', 'Seanad', 'Cortes', 'Cortes Generales',
  'Parliament', 'Tweede Kamer', 'Eerste Kamer', 'Kuvendi', 'Vouli', 'Sejmik', 'Dewan Rakyat', 'Dewan Negara', 'Majelis', 'Majlis', "People's Majlis", 'People’s Majlis',
]);

/**
 * Words that open the name of a route with one proper word after them: 'Rail Baltica', 'Via
 * Baltica', 'Via Egnatia' are lines and roads (places), not the companies that build them.
 */
export const ROUTE_OPENERS = new Set(['rail', 'via']);
/** Spanish and Galician words for a way that open a route's name with a particle after: 'Camino de Santiago', 'Camiño Real'. */
export const WAY_OPENERS = new Set(['camino', 'caminho', 'cami']);
/**
 * French words for a street that open its name head-first: 'Rue Boursaint', 'Avenue Foch', 'Quai Voltaire',
 * 'Boulevard Haussmann' (places, whatever given name follows: 'Rue Jean Moulin').
 */
export const STREET_OPENERS: ReadonlySet<string> = new Set(['rue', 'avenue', 'boulevard', 'chemin', 'quai', 'allee', 'impasse', 'ruelle']);
/**
 * Head-first place words that name a place only with a particle after them: 'Place de la Concorde' (a square), 'Mur de
 * Huy' (a wall, a road climb), 'Col du Galibier' (a mountain pass), 'Meseta de Castilla' (a plateau), 'Cote d'Azur'.
 */
export const PARTICLE_PLACE_OPENERS: ReadonlySet<string> = new Set(['place', 'mur', 'col', 'meseta', 'cote', 'pont', 'puerta', 'altiplano']);

/** Playing positions, which a squad or transfer list writes in brackets after a player's name: 'X (striker, Club, fee)'. */
export const PLAYING_POSITIONS: ReadonlySet<string> = new Set([
  'striker', 'forward', 'centre-forward', 'center-forward', 'winger', 'midfielder', 'defensive midfielder', 'attacking midfielder',
  'defender', 'centre-back', 'center-back', 'full-back', 'fullback', 'left-back', 'right-back', 'wing-back', 'goalkeeper', 'keeper',
  'sweeper', 'playmaker', 'flanker', 'prop', 'hooker', 'lock', 'scrum-half', 'fly-half', 'wing', 'centre', 'center', 'point guard',
  'shooting guard', 'power forward', 'pitcher', 'catcher', 'shortstop', 'outfielder', 'batter', 'bowler', 'batsman', 'wicketkeeper',
  'all-rounder', 'setter', 'libero', 'pivot', 'reliever', 'infielder',
]);

/** Political families whose plural, after 'the' and capitalised, names a party: 'the Greens', 'the Liberals' (folded). */
export const POLITICAL_FAMILIES: ReadonlySet<string> = new Set([
  'greens', 'liberals', 'democrats', 'conservatives', 'socialists', 'republicans', 'nationalists', 'communists', 'tories',
  'unionists', 'federalists', 'populists', 'ecologists',
]);

/** Platforms renamed to a name too short for the media list, by their former name there: a post on 'X' is on Twitter. */
export const RENAMED_PLATFORMS: ReadonlyMap<string, string> = new Map([['X', 'Twitter']]);

/** Diseases whose names open a capitalised run ('Hepatitis E', 'Cholera Outbreak'): the run names an illness, no entity (folded). */
export const DISEASE_WORDS: ReadonlySet<string> = new Set([
  'hepatitis', 'cholera', 'measles', 'malaria', 'dengue', 'typhoid', 'tuberculosis', 'influenza', 'polio', 'mpox', 'diphtheria',
  'meningitis', 'rubella', 'leprosy', 'rabies', 'anthrax', 'yellow fever', 'lassa', 'chikungunya', 'zika', 'covid', 'covid-19',
]);

/**
 * Fields of work or study that open a sentence before a plural person's noun: 'Climate researchers say', 'Health experts
 * warn' (round 31b). Folded. Capitalised only as the sentence's first word, they name no one.
 */
export const FIELD_NOUNS: ReadonlySet<string> = new Set(['climate', 'health', 'energy', 'ocean', 'marine', 'soil', 'water', 'weather', 'education', 'security', 'defence', 'defense', 'transport', 'tourism', 'food', 'labour', 'labor', 'trade', 'finance', 'tax', 'science', 'space', 'wildlife', 'conservation', 'forest', 'forestry', 'fisheries', 'housing', 'aid', 'rights', 'privacy', 'legal', 'medical', 'industry', 'market', 'crop', 'disease', 'flood', 'coastal', 'environmental', 'agricultural', 'economic', 'political', 'public']);
/** Plural people's nouns PERSON_NOUNS lacks in the singular, after a field's noun: 'Health experts', 'Energy analysts'. */
export const FIELD_PEOPLE_PLURALS: ReadonlySet<string> = new Set(['experts', 'analysts', 'officials', 'campaigners', 'specialists', 'advocates', 'watchers', 'observers']);
/**
 * Generic administrative nouns written capitalised with no name before them: 'the capital of the Union Territory', 'inside
 * the Special Economic Zone' (round 31b). Folded. With a name before them they are part of it ('Ladakh Union Territory').
 */
export const GENERIC_ADMIN_UNITS: ReadonlySet<string> = new Set(['union territory', 'union territories', 'special economic zone', 'special economic zones', 'free trade zone', 'free zone', 'economic zone', 'export processing zone', 'special administrative region', 'autonomous region', 'autonomous community', 'autonomous province']);

/** A writing system's nouns after its name: 'the Thaana script', 'the Tifinagh alphabet' (round 31b). */
export const WRITING_SYSTEM_NOUNS: ReadonlySet<string> = new Set(['script', 'scripts', 'alphabet', 'alphabets', 'syllabary', 'abjad', 'abugida']);

/** Scriptures, books no entity kind fits, written capitalised alone: 'a commentary on the Quran' (round 31). Folded. */
export const SCRIPTURES: ReadonlySet<string> = new Set(['quran', 'koran', 'qur\'an', 'bible', 'torah', 'talmud', 'tanakh', 'hadith', 'vedas', 'upanishads', 'avesta', 'tripitaka']);


/** Head-first words of a stage race's name before a particle: 'Tour de France', "Giro d'Italia", 'Vuelta a España'. */
export const RACE_OPENERS: ReadonlySet<string> = new Set(['tour', 'giro', 'vuelta', 'volta']);
/** The particle after a race's opener: 'de', 'du', 'des', 'de la', "d'", 'a', 'al', 'of'. */
export const RACE_PARTICLE = /^(?:de|du|des|del|di|a|al|of|d['’]\p{Lu}\p{L}*)$/u;

/**
 * Languages by folded name, from world-countries' official languages ('bislama', 'tok pisin', 'kinyarwanda'): a language's
 * name alone is no entity ('he said in Bislama'). Callers skip names the gazetteer or a demonym also knows ('Nauru', 'Fijian').
 * Names with brackets ('Persian (Farsi)') are left out (round 32b).
 */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(countries.flatMap((c) => Object.values(c.languages ?? {})).filter((l) => !/[()]/.test(l) && !/\bSign Language$/.test(l)).map((l) => foldSurface(l)));
