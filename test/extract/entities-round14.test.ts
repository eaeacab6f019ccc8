import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { findMentions } from '../../src/extract/mentions';
import { splitSentences } from '../../src/extract/sentences';

/** Every mention findMentions() reads in a text, as 'surface:KIND' (no boilerplate or headline step). */
function mentionsOf(text: string): string[] {
  return splitSentences(text, []).flatMap((s) => findMentions(text, s)).map((m) => `${m.surface}:${m.kind ?? '-'}`);
}

describe('entities round 14: names with brackets, possessives, titles and tables', () => {
  it("keeps a legal form in brackets, and the one after it, in a company's name ('X (Pty) Ltd')", () => {
    const f = facts('The contractor, Marula Coastal Works (Pty) Ltd, which is building the quay, declined to comment.');
    expect(f.entity('Marula Coastal Works (Pty) Ltd')?.kind).toBe('ORGANIZATION');
    expect(f.entities().some((e) => e.endsWith(':Pty'))).toBe(false);
  });

  it("drops a law's head alone after 'the' ('the Act makes ... compulsory')", () => {
    const f = facts('Judge Oren Vaszary said the Coastal Zone Management Act applied. A council that skips a step the Act makes compulsory acts unlawfully.');
    expect(f.entities().some((e) => e.endsWith(':Act'))).toBe(false);
  });

  it("reads a plural common noun opening a sentence, written in lower case elsewhere, as no town ('Sparks flew')", () => {
    const f = facts('Welders worked through the night. Sparks from the grinder lit the dry grass near Delmora, and the sparks travelled far.');
    expect(f.entities().some((e) => e.endsWith(':Sparks'))).toBe(false);
  });

  it("drops a country's name of two words with a demonym ending ('the Sierra Leonean capital')", () => {
    const f = facts('The ferry links Bonthe with the Sierra Leonean capital twice a week, operators said.');
    expect(f.entities().some((e) => /Leonean/.test(e))).toBe(false);
  });

  it("reads a full name set off by commas after a person's post as a person, though a group owns the post", () => {
    const f = facts("Outside the hall, the association's chairperson, Mirela Dostavic, said the ruling was fair.");
    expect(f.entity('Mirela Dostavic')?.kind).toBe('PERSON');
  });

  it("splits police ranks written as abbreviations off the name ('DCI Hollis', 'Det Supt A B')", () => {
    const f = facts('Detective Chief Inspector Maeve Hollis led the raid. DCI Hollis said two men were held. Det Supt Owen Brack said more arrests were likely.');
    expect(f.entity('Maeve Hollis')?.aliases).toContain('Hollis');
    expect(f.entities()).not.toContain('PERSON:DCI Hollis');
    expect(f.entity('Owen Brack')?.kind).toBe('PERSON');
  });

  it("splits a Dzongkha title off the name ('Lyonchhen X')", () => {
    const f = facts('Lyonchhen Dorji Wangchuk Tobgyal, who returned from Delhi on Monday, welcomed the treaty.');
    expect(f.entity('Dorji Wangchuk Tobgyal')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /Lyonchhen/.test(e))).toBe(false);
  });

  it("keeps the Irish article 'An' capitalised inside a sentence in the name ('An Post')", () => {
    const f = facts('Officers from An Bord Sláinte in Sligo were assisting with the inquiry.');
    expect(f.entity('An Bord Sláinte')).toBeDefined();
  });

  it("reads one camel-case word in brackets whose pieces open the name's words as its short name ('(MetVeldonia)')", () => {
    const f = facts('The Veldonian Meteorological Service (MetVeldonia) said in a statement that rain would come. MetVeldonia expects storms.');
    const org = f.entity('Veldonian Meteorological Service');
    expect(org?.aliases).toContain('MetVeldonia');
    expect(f.entities().filter((e) => e.includes('MetVeldonia'))).toHaveLength(0);
  });

  it("splits a known place ending in s from the name after its bare apostrophe ('Texas' Big Bend Park')", () => {
    const f = facts("Rangers closed Texas' Lone Mesa Park after the fire.");
    expect(f.entity('Lone Mesa Park')?.kind).toBe('PLACE');
    expect(f.entity('Texas')?.kind).toBe('PLACE');
  });

  it("keeps a national institution's country after 'of' ('National Opera of Chile', 'Centre Pasteur of X')", () => {
    const f = facts('The National Opera of Chile will perform on Friday. Samples went to the Centre Merieux of Senegal in Dakar.');
    expect(f.entity('National Opera of Chile')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Centre Merieux of Senegal')?.kind).toBe('ORGANIZATION');
  });

  it('still splits a club and its country (no national opener)', () => {
    const f = facts('They will meet Dinamo Brest of Belarus in the next round.');
    expect(f.entity('Belarus')?.kind).toBe('PLACE');
  });

  it("reads a surname that is also a small town's name after a title running through 'of'", () => {
    const f = facts('Justice of Appeal Corinne Laporte wrote the judgment.');
    expect(f.entity('Corinne Laporte')?.kind).toBe('PERSON');
  });

  it("splits an acronym's possessive off the body it owns ('HMRC's Fraud Investigation Service')", () => {
    const f = facts(
      "Officers from Inland Tax and Excise (ITE) searched the farm. Ben Corrie, assistant director of ITE's Fuel Fraud Unit, warned drivers.",
    );
    expect(f.entity('Fuel Fraud Unit')?.kind).toBe('ORGANIZATION');
    expect(f.entities().some((e) => e.includes("ITE's"))).toBe(false);
  });

  it("spells an acronym with a short word in capitals giving all its letters ('HM Revenue and Customs (HMRC)')", () => {
    const f = facts('Officers from HM Land and Titles (HMLT) visited the office on Monday.');
    expect(f.entity('HM Land and Titles')?.aliases).toContain('HMLT');
  });

  it("reads a parliament's name set off after the noun as an organisation ('the island's parliament, X,')", () => {
    const f = facts("The island's parliament, Altharing, is one of the oldest in the world. She would ask questions in Altharing.");
    expect(f.entity('Altharing')?.kind).toBe('ORGANIZATION');
  });

  it("keeps a demonym opening an organisation's short form the article names with its organisation word ('Manx Labour')", () => {
    const f = facts('Veldonian Green Party leader Ana Rusk spoke first. Her deputy, Ivo Brenn (Veldonian Green), spoke next.');
    expect(f.entity('Veldonian Green Party')?.aliases).toContain('Veldonian Green');
  });

  it('reads a full name opening a results row, then a party in brackets and the votes, as a candidate', () => {
    const text = 'The count ended at 4am.\n\nNorth Ward\nTamsin Orrell (Liberal Vannor) 1,377 ELECTED\nBrede Callow (Ind) 904\n\nTurnout was low.';
    const found = mentionsOf(text);
    expect(found).toContain('Tamsin Orrell:PERSON');
    expect(found).toContain('Brede Callow:PERSON');
  });

  it('reads a heading in capitals with its function words in capitals as no name', () => {
    const found = mentionsOf('Counts ended early.\n\nSTATE OF THE COUNCIL (31 seats)\nGreens 12 (+2)\nLabour 9 (-1)');
    expect(found.some((m) => m.startsWith('STATE OF THE COUNCIL'))).toBe(false);
  });
});
