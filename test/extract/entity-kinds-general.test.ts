import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { facts } from './facts';

const meta = (text: string) => extractArticle(text).meta;

describe('entity kinds: place heads and cues', () => {
  it('reads a two-word place head over the organisation word inside it', () => {
    expect(facts('Rangers patrol the Tarvo Biosphere Reserve every week.').entities()).toEqual(['PLACE:Tarvo Biosphere Reserve']);
    expect(facts('Talks were held at the Omari Kessel International Conference Centre on Monday.').entities()).toEqual(['PLACE:Omari Kessel International Conference Centre']);
  });

  it('reads sea-floor, street and building heads as places, even after a first name', () => {
    expect(facts('Samples came from the Helena Trench last year.').entities()).toEqual(['PLACE:Helena Trench']);
    expect(facts('Crowds gathered on Albert Parade and outside the Dunmore Hotel.').entities()).toEqual(['PLACE:Albert Parade', 'PLACE:Dunmore Hotel']);
    expect(facts('She owns a shop on Kelby Road Upper near the sea.').entities()).toEqual(['PLACE:Kelby Road Upper']);
  });

  it('reads a name before a modifier and a place noun as a place', () => {
    expect(facts('The Tamsa Ulan copper mine employs 3,000 people.').entities()).toEqual(['PLACE:Tamsa Ulan']);
    expect(facts('Statues were taken from the Prah Vong temple complex in 1970.').entities()).toEqual(['PLACE:Prah Vong']);
  });
});

describe('entity kinds: teams, companies and people', () => {
  it('reads a known place and a capitalised plural as a team', () => {
    expect(facts('The match ended when Lusaka Hornets beat the visitors.').entities()).toEqual(['ORGANIZATION:Lusaka Hornets']);
  });

  it('reads a business noun before a name as a company, over a later "X said"', () => {
    const f = facts('Danish utility Farvik Energi picked the site. Farvik Energi said it would invest.');
    expect(f.entities()).toEqual(['ORGANIZATION:Farvik Energi']);
  });

  it('reads a person noun before a full name, in an appositive, or a middle initial as a person', () => {
    expect(facts('On the beach, fisherman Oduya Mwenda searched the rubble.').entities()).toEqual(['PERSON:Oduya Mwenda']);
    expect(facts('Tavita Lemalu, a second-year nursing student, told the meeting it was unfair.').entities()).toEqual(['PERSON:Tavita Lemalu']);
    expect(facts('Kessar Obuya, a researcher on public health, disagreed.').entities()).toEqual(['PERSON:Kessar Obuya']);
    expect(facts('The judge heard Darius K. Okonjo for the petitioners.').entities()).toEqual(['PERSON:Darius K. Okonjo']);
  });

  it('reads an age after a lone name as a person', () => {
    expect(facts('"I just shot," Malenko, 22, said after the game.').entities()).toEqual(['PERSON:Malenko']);
  });
});

describe('entity names: long official names and legal forms', () => {
  it('keeps a ministry portfolio list and a numbered court whole', () => {
    expect(facts("It was funded by Oman's Ministry of Energy, Water and Housing and by a bank.").entities()).toContain('ORGANIZATION:Ministry of Energy, Water and Housing');
    expect(facts('The Department of Lands, Forests and the Environment said so.').entities()).toEqual(['ORGANIZATION:Department of Lands, Forests and the Environment']);
    expect(facts('He appeared before the Court of Instruction No. 4 of Burjassot on Friday.').entities()).toEqual(['ORGANIZATION:Court of Instruction No. 4 of Burjassot']);
  });

  it('keeps a demonym before a known organisation, and a list with a demonym whole on its left', () => {
    expect(facts('The Chilean Red Cross sent food.').entities()).toEqual(['ORGANIZATION:Chilean Red Cross']);
    expect(facts('It borrowed from the European Investment Bank and Nordic banks.').entities()).toEqual(['ORGANIZATION:European Investment Bank']);
    // 'Nordic banks': a lone regional adjective before a noun is no name; 'the Caribbean' is.
    expect(facts('It borrowed from Andean banks in the Caribbean.').entities()).toEqual(['PLACE:Caribbean']);
  });

  it('keeps legal suffixes and joins the name written without them', () => {
    const f = facts('Analysts said Korvel Batteri AS had won. Korvel Batteri said it was pleased.');
    expect(f.entities()).toEqual(['ORGANIZATION:Korvel Batteri AS']);
    expect(facts('The court held that Marhal Coastal Realty Pvt Ltd had dumped debris.').entities()).toEqual(['ORGANIZATION:Marhal Coastal Realty Pvt Ltd']);
  });

  it('keeps the Scandinavian "i" inside a place name and a medium word after a name', () => {
    expect(facts('The plant is in Mo i Rana, Norway.').entities()).toEqual(['PLACE:Mo i Rana', 'PLACE:Norway']);
    expect(facts('He told local broadcaster Kanal TV that it was over.').entities()).toEqual(['ORGANIZATION:Kanal TV']);
  });
});

describe('entity names: what is no entity', () => {
  it('takes no storm names or laws for entities', () => {
    expect(facts('Cyclone Amara flooded the port of Beira.').entities()).toEqual(['PLACE:Beira']);
    expect(facts('The firm broke the Data Privacy Act and the World Anti-Doping Code, regulators said.').entities()).toEqual([]);
  });

  it('takes no time zone after a clock time for a name', () => {
    expect(facts('The line was restored at 10:30 WIB and again at 0800 GMT.').entities()).toEqual([]);
  });

  it('reads news agencies and platforms named in the body, lower-case dpa included', () => {
    expect(facts('The minister told dpa and Bloomberg that she posted the letter on LinkedIn.').entities()).toEqual(['ORGANIZATION:Bloomberg', 'ORGANIZATION:LinkedIn', 'ORGANIZATION:dpa']);
  });
});

describe('metadata: page labels and wire datelines', () => {
  it('skips section and reading-time labels before and after the title', () => {
    const text = 'WORLD | Chile\n\nFloods close the main highway\n\nSantiago Daily | World\n\nUpdated: 2027-03-02 10:30 CLT\n\nSANTIAGO — Floods closed the road on Monday.';
    expect(meta(text)).toEqual({ title: 'Floods close the main highway', dateline: 'SANTIAGO', publishedAt: '2027-03-02' });
  });

  it('skips a publication line between the title and the date, and takes no zone or label word for an agency', () => {
    const text = 'Ferry line opens\n\nCoastal Shipping Weekly\nPublished on 30/08/2027 at 16:20 GMT | Modified on 30/08/2027 at 17:05 GMT\n\nDAKAR — The first ferry left on Monday.';
    expect(meta(text)).toEqual({ title: 'Ferry line opens', dateline: 'DAKAR', publishedAt: '2027-08-30' });
  });

  it('reads the Indian wire dateline with no dash', () => {
    expect(meta('Court fines developer\n\nPune, Oct 3 (PTI) The high court on Monday fined a developer.')).toEqual({ title: 'Court fines developer', dateline: 'Pune', agency: 'PTI' });
  });

  it('excludes Markdown share links and wire desk credits as boilerplate', () => {
    const f = facts('The museum will return the statues.\n\n**Share this article** · [Facebook](#) · [X](#)\n\nCompiled by dpa editors; contributions from K. Lindqvist');
    expect(f.entities()).toEqual([]);
  });
});
