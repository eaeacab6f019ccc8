import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';

/** Round 19 role rules, each on invented sentences. */
describe('roles: appointment verbs (round 19)', () => {
  it("reads 'X would become its chief executive' with the organisation 'its' means", () => {
    const text = 'Harbour Stock Exchange said on Monday that Leila Mansour Haddad would become its chief executive on March 1, the first woman in the post. Haddad said she was honoured.';
    expect(facts(text).roles()).toContain('Leila Mansour Haddad | chief executive | Harbour Stock Exchange');
  });

  it("reads 'X joins the Y (ACR) as head of <field>' with the organisation joined", () => {
    const text = 'Tomasz Wielgosz-Brant joins the Eastern Savings Bank (ESB) as head of retail lending from a rival lender. Wielgosz-Brant said he was pleased.';
    expect(facts(text).roles()).toContain('Tomasz Wielgosz-Brant | head of retail lending | Eastern Savings Bank');
  });

  it("reads 'X, <post> of Y since 2030, has been promoted to <post>' with the organisation of the first post", () => {
    const text = 'Rafael Ortuño Vidal, chief financial officer of Meridia Holdings since 2030, has been promoted to deputy group chief executive. Ortuño Vidal said costs would fall.';
    const roles = facts(text).roles();
    expect(roles).toContain('Rafael Ortuño Vidal | chief financial officer | Meridia Holdings');
    expect(roles).toContain('Rafael Ortuño Vidal | deputy group chief executive | Meridia Holdings');
  });

  it("reads 'X, 44, is currently director of <field> at the Y' with the field kept in the post", () => {
    const text = 'The Harbour Exchange named a new head. Leila Mansour Haddad will start in July. Haddad, 44, is currently director of market conduct supervision at the Central Bank of Qatar (CBQ). She said so.';
    expect(facts(text).roles()).toContain('Leila Mansour Haddad | director of market conduct supervision | Central Bank of Qatar');
  });

  it("reads a bulleted move 'Name — post, Company' as the post with that company", () => {
    const text = 'Other moves this week:\n\n• Henrietta Castellane-Moor — chief risk officer, Northgate Capital Partners\n• Dario Veltroni-Haas — head of investor relations, Altavia Holdings (from a rival)\n\nSend us your news.';
    const roles = facts(text).roles();
    expect(roles).toContain('Henrietta Castellane-Moor | chief risk officer | Northgate Capital Partners');
    expect(roles).toContain('Dario Veltroni-Haas | head of investor relations | Altavia Holdings');
  });

  it('gives no role to a verb-only move or a predecessor', () => {
    const text = 'Harbour Stock Exchange said that Leila Mansour Haddad would become its chief executive. She succeeds Omar Farid Nassar, who retires after nine years in the post. Haddad spent 14 years at Gulfstar Bank.';
    const roles = facts(text).roles();
    expect(roles.filter((r) => r.startsWith('Omar Farid Nassar'))).toEqual([]);
    expect(roles.filter((r) => r.includes('Gulfstar'))).toEqual([]);
  });
});

describe('roles: a round-up head names the company a description stands for (round 19)', () => {
  it("reads 'The national carrier has hired X as <post>' under an all-capitals head as that company's post", () => {
    const text = 'WEEKLY MOVES\n\nNORTHWIND AIRWAYS\nThe national carrier has hired Pietro Valsecchi-Lund as chief commercial officer. Northwind Airways said he would start in May.\n\nOther news follows.';
    expect(facts(text).roles()).toContain('Pietro Valsecchi-Lund | chief commercial officer | Northwind Airways');
  });
});

describe("roles: 'Its acting <title>' (round 19)", () => {
  it("reads the organisation 'Its' means across 'acting'", () => {
    const text = 'The Harbour Savings Company has hired a new auditor. Harbour Savings Company said the move was routine. Its acting chief executive, Marisol Quintero Vega, said the bank had looked widely.';
    expect(facts(text).roles()).toContain('Marisol Quintero Vega | chief executive | Harbour Savings Company');
  });
});

describe("roles: 'Their <title>' after people (round 19)", () => {
  it("gives 'Their lawyer, mr. X' after 'The farmers ...' no organisation, with the Dutch 'mr.' dropped", () => {
    const text = 'The Kestrel Water Company was fined. The farmers, most of them from Leyton, had asked for more. Their lawyer, mr. Marloes Jansen-Pieters, said the ruling was fair. "We will appeal," Jansen-Pieters said.';
    const roles = facts(text).roles();
    expect(roles).toContain('Marloes Jansen-Pieters | lawyer | -');
    expect(roles.filter((r) => r.includes('Kestrel'))).toEqual([]);
  });

  it("still reads 'Their <title>' after an organisation as its post", () => {
    const text = 'The Harrow Dockers Union sued the port. Their lawyer, Tomas Greenhalgh, said so.';
    expect(facts(text).roles()).toContain('Tomas Greenhalgh | lawyer | Harrow Dockers Union');
  });
});

describe('roles: posts of other languages kept as written (round 19)', () => {
  it("reads 'Officier van justitie X' (Dutch prosecutor) as written, no organisation", () => {
    const text = 'In a separate case, the prosecution service is investigating. Officier van justitie Anneke Brouwer-Lont told the court in May that charges would come.';
    expect(facts(text).roles()).toContain('Anneke Brouwer-Lont | Officier van justitie | -');
  });

  it("knows a foreign post head before its 'of' word, and no other word there", () => {
    expect(isTitleHead('Officier van justitie')).toBe(true);
    expect(isTitleHead('cap de Govern')).toBe(true);
    expect(isTitleHead('jefe de gabinete')).toBe(true);
    expect(isTitleHead('Casa de Campo')).toBe(false);
    expect(isTitleHead('cap de')).toBe(false);
  });
});

describe("roles: a lower-case post with 'of' before a name mid-sentence (round 19)", () => {
  it("reads 'the party of head of government X' as the post, no organisation", () => {
    const text = 'The Liberal Union, the party of head of government Jordi Serra i Pujol, leads the poll. Serra i Pujol said polls do not vote.';
    expect(facts(text).roles()).toContain('Jordi Serra i Pujol | head of government | -');
  });
});

describe('roles: more posts (round 19)', () => {
  it("reads an '-ographer' as a post at its organisation, and none alone", () => {
    const text = 'Salote Vainikolo-Hughes, an oceanographer at the Pacific Ocean Institute in Suva, said gauges showed the sea rising. Mere Tapsell-Kora, a geographer who lives in Apia, said so too.';
    const roles = facts(text).roles();
    expect(roles).toContain('Salote Vainikolo-Hughes | oceanographer | Pacific Ocean Institute');
    expect(roles.filter((r) => r.includes('geographer'))).toEqual([]);
  });

  it("reads a union's organiser as a post, an event's organiser as none", () => {
    expect(isTitleHead('Union organiser')).toBe(true);
    expect(isTitleHead('party organizer')).toBe(true);
    expect(isTitleHead('organiser')).toBe(false);
    expect(isTitleHead('festival organiser')).toBe(false);
    const roles = facts('Union organiser Shane Kovacevic said drivers were tired. Sam Hoyle, an organiser of the festival, said it was fun.').roles();
    expect(roles).toContain('Shane Kovacevic | Union organiser | -');
    expect(roles.filter((r) => r.startsWith('Sam Hoyle'))).toEqual([]);
  });

  it("gives 'an analyst at the <city> think tank X' no owner in the city", () => {
    const text = 'Power prices rose. Elena Gîrleanu, an analyst at the Orhei think tank Pro-Analitica, said imports would cost more.';
    expect(facts(text).roles().filter((r) => r.includes('Orhei'))).toEqual([]);
  });
});
