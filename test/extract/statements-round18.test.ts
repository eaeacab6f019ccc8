import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 18; every sentence is invented for its rule. */
describe('round 18: a described post after the verb, then the name', () => {
  it('gives a quote to the person named after "said the association\'s president,"', () => {
    const text = [
      'The Valdorian Nurses\' Association warned that wards were short of staff.',
      '',
      '"We cannot open new beds without nurses to staff them," said the association\'s president, Kofi Mensah-Boateng.',
    ].join('\n');
    expect(facts(text).statements()).toContain('QUOTE Kofi Mensah-Boateng: We cannot open new beds without nurses to staff them');
  });

  it('gives an inverted paraphrase to the person named after "said its medical director,"', () => {
    const text = 'At Korvath General Hospital, the 30-bed cholera ward was holding 52 patients on Monday, said its medical director, Dr. Amara Velloso.';
    expect(facts(text).statements()).toContain('PARAPHRASE Amara Velloso: At Korvath General Hospital, the 30-bed cholera ward was holding 52 patients on Monday');
  });
});

describe('round 18: unnamed members of a body described by the words of its name', () => {
  it('gives "A police spokeswoman said" to the police service named before', () => {
    const text = [
      'The following incidents were reported to the Valdoria Police Service on Tuesday.',
      '',
      'Four bicycles were stolen from a shed on Elm Road. A police spokeswoman said two of them were found abandoned near the harbour on Wednesday.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Valdoria Police Service: two of them were found abandoned near the harbour on Wednesday');
  });

  it('gives "A fire service spokesman said" to the one body whose name holds both words', () => {
    const text = 'Firefighters from the Korvath Fire and Rescue Service put out a blaze in an empty barn. A fire service spokesman said the cause had not been established.';
    expect(facts(text).statements()).toContain('PARAPHRASE Korvath Fire and Rescue Service: the cause had not been established');
  });

  it('leaves the spokesman unnamed when no body named before holds the words', () => {
    const text = 'A barn burned down near Petrisk on Tuesday night. A fire service spokesman said the cause had not been established.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: the cause had not been established');
  });
});

describe('round 18: settings closing an inverted attribution', () => {
  it('reads "yesterday" after the verb as a setting', () => {
    const text = 'All pupils in Valdoria will have to stay in school until the age of 18, Education Minister Ramon Ostrava said yesterday.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ramon Ostrava: All pupils in Valdoria will have to stay in school until the age of 18');
  });

  it('reads an acronym in brackets after the one addressed as part of the setting', () => {
    const text = 'All pupils in Valdoria will have to stay in school until the age of 18, Ramon Ostrava told the National Assembly (NatAs) on Monday.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ramon Ostrava: All pupils in Valdoria will have to stay in school until the age of 18');
  });

  it('reads "told this newspaper last year" as closing the attribution', () => {
    const text = 'Petrisk cleared a similar bloom within two years after its council banned new pig farms near the shore, its mayor, Ilse Kovacs-Berne, told this newspaper last year.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ilse Kovacs-Berne: Petrisk cleared a similar bloom within two years after its council banned new pig farms near the shore');
  });

  it('does not read the year of a dated wire dateline as part of the subject', () => {
    const text = 'LUSAKA, March 10, 2038 (AFP) - Zambian copper company Kafue Metals (KFM) on Wednesday opened a smelter in the Chambishi zone outside Kitwe and said it would seek a listing on the regional stock exchange next year.';
    expect(facts(text).statements()).toContain('PARAPHRASE Kafue Metals: it would seek a listing on the regional stock exchange next year');
  });
});

describe('round 18: topics and plural speakers', () => {
  it('reads "argued over whether" as a topic, not reported content', () => {
    const text = 'Scientists have long argued over whether the reason lies in genes, diet or hard work in the hills.';
    expect(facts(text).statements()).toEqual([]);
  });

  it('gives "Hoteliers at the same meeting told" an unnamed speaker', () => {
    const text = 'Hoteliers at the same meeting told the ministry that bookings from Europe were already falling.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: bookings from Europe were already falling');
  });
});

describe('round 18: "it said" closing a clause', () => {
  it('continues the body speaking in the sentence before, not a town named in the clause', () => {
    const text = [
      'The Korvath Disaster Directorate (KDD) said six of the dead were in the Petrisk district, where the storm came ashore near the town of Ostlund on Monday. Two people died in a mudslide in the hills above Valdoria, it said.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Korvath Disaster Directorate: Two people died in a mudslide in the hills above Valdoria');
  });
});

describe('round 18: "As X put it:" with an honorific', () => {
  it('gives the quote to the person after "Dr."', () => {
    const text = 'As marine biologist Dr. Lena Aurelio-Marsh of the Korvath Reef Trust put it at the meeting: "The reef is not dying of one thing. It is dying of a hundred small things."';
    expect(facts(text).statements()).toContain('QUOTE Lena Aurelio-Marsh: The reef is not dying of one thing. It is dying of a hundred small things.');
  });
});

describe('round 18: pronouns after a passive and a question', () => {
  const text = [
    '10:15 a.m. -- Minister Helena Vostrikova was welcomed by the base commander, Col. Maria Delacroix-Hunt. About 200 sailors were waiting on the pier.',
    '',
    '10:30 a.m. -- The minister spoke to the crew for ten minutes.',
    '',
    'She told them that the navy would keep its four patrol ships in the bay for another year.',
    '',
    'A petty officer from Ostlund asked the minister whether the tour would be extended. She said no decision had been made and that families would be told first.',
  ].join('\n');

  it('continues the passive\'s subject, not its agent', () => {
    expect(facts(text).statements()).toContain('PARAPHRASE Helena Vostrikova: the navy would keep its four patrol ships in the bay for another year');
  });

  it('gives the answer to a question to the one asked, not to the unnamed asker', () => {
    expect(facts(text).statements()).toContain('PARAPHRASE Helena Vostrikova: no decision had been made and that families would be told first');
  });
});

describe('round 18: a country\'s ministry in lower case', () => {
  it('gives "Russia\'s foreign ministry said" to the country', () => {
    const text = 'Russia objected to the plan. Russia\'s foreign ministry said in a statement that any new pipeline needed the consent of every coastal state.';
    expect(facts(text).statements()).toContain('PARAPHRASE Russia: any new pipeline needed the consent of every coastal state');
  });

  it('gives "the Kazakh foreign ministry said" to the country its demonym names', () => {
    const text = 'Kazakhstan and Mongolia signed a rail accord. The Kazakh president is expected to visit Ulaanbaatar in June to sign the final agreement, the Kazakh foreign ministry said.';
    expect(facts(text).statements()).toContain('PARAPHRASE Kazakhstan: The Kazakh president is expected to visit Ulaanbaatar in June to sign the final agreement');
  });
});

describe('round 18: "the two governments" in a dated wire lead', () => {
  it('gives the lead to the two countries, not the dateline\'s city nor a sea', () => {
    const text = 'TBILISI, May 19 (Reuters) - Georgia and Armenia will begin building a power line across the Black Sea region next year, the two governments said in a joint statement on Wednesday.';
    const statements = facts(text).statements();
    expect(statements).toContain('PARAPHRASE Georgia: Georgia and Armenia will begin building a power line across the Black Sea region next year');
    expect(statements).toContain('PARAPHRASE Armenia: Georgia and Armenia will begin building a power line across the Black Sea region next year');
    expect(statements.some((s) => s.startsWith('PARAPHRASE Tbilisi'))).toBe(false);
  });
});

describe('round 18: a person, then where they work', () => {
  it('gives "analyst X of <place> brokerage Y said" to the person', () => {
    const text = 'Gaming analyst Marcus Ellery of Singapore brokerage Pelham Securities said operators were under pressure to share their profits with local staff.';
    expect(facts(text).statements()).toContain('PARAPHRASE Marcus Ellery: operators were under pressure to share their profits with local staff');
  });

  it('gives an inverted clause to "co-author X of the Y institute said"', () => {
    const text = 'The team also sequenced the genomes of the volunteers, but found no variant that explained the difference, co-author Hans Gruber-Lind of the Kessler institute said.';
    expect(facts(text).statements()).toContain('PARAPHRASE Hans Gruber-Lind: The team also sequenced the genomes of the volunteers, but found no variant that explained the difference');
  });
});

describe('round 18: an inverted attribution to a described spokesman', () => {
  it('gives ", a police spokeswoman said." to the police service named before', () => {
    const text = 'Officers from the Valdoria Police Service searched the harbour on Tuesday. Two of the stolen boats were found abandoned near the lighthouse, a police spokeswoman said.';
    expect(facts(text).statements()).toContain('PARAPHRASE Valdoria Police Service: Two of the stolen boats were found abandoned near the lighthouse');
  });
});

describe('round 18: longer speaker phrases', () => {
  it('reads a long honorific chain between the comma and the minister\'s name closing a lead', () => {
    const text = 'All pupils in Valdoria will stay in school until 18 from 2041, Minister of Education Dato Seri Paduka Dr Haji Rahman bin Haji Osman told the National Assembly (NatAs) yesterday.';
    expect(facts(text).statements()).toContain('PARAPHRASE Rahman bin Haji Osman: All pupils in Valdoria will stay in school until 18 from 2041');
  });

  it('reads "As X put it:" when the speaker\'s description runs past 80 characters', () => {
    const text = 'As senior marine biologist Dr. Lena Aurelio-Marsh of the Korvath Islands Natural Heritage Conservation Trust put it at the meeting: "The reef is not dying of one thing."';
    expect(facts(text).statements()).toContain('QUOTE Lena Aurelio-Marsh: The reef is not dying of one thing.');
  });
});

describe('round 18: an unnamed subject\'s standing request', () => {
  it('reports "Police have asked residents to ..." with no named speaker', () => {
    const text = 'Three bicycles were stolen from a shed on Elm Road. Police have asked residents of Ostlund with security cameras to check their footage.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: residents of Ostlund with security cameras to check their footage');
  });

  it('still reads a named body\'s perfect request as an act', () => {
    const text = 'The Korvath Health Ministry has asked the army to help move patients to the capital.';
    expect(facts(text).statements()).toEqual([]);
  });
});
