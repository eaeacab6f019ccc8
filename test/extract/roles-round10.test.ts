import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 10 role rules, each on invented sentences. */
describe('roles: a title complement that names the owner', () => {
  it('splits a place named after "of" off a title read whole', () => {
    const roles = facts('Heavy rain hit Mombasa on Sunday. The Mayor of Mombasa, Halima Juma-Karisa, said drains would be cleared.').roles();
    expect(roles).toContain('Halima Juma-Karisa | Mayor | Mombasa');
  });

  it('keeps a portfolio after "of" in the title', () => {
    const roles = facts('The Minister of Water and Forests, Dr. Anselme Mbarga-Ntsama, said the dam would open in May.').roles();
    expect(roles).toContain('Anselme Mbarga-Ntsama | Minister of Water and Forests | -');
  });

  it('reads a capitalised title with its portfolio between commas mid-sentence', () => {
    const roles = facts('Opening the clinic on Friday, the Minister of Health and Social Welfare, Dr. Ruth Kamanga-Phiri, said staff would double.').roles();
    expect(roles).toContain('Ruth Kamanga-Phiri | Minister of Health and Social Welfare | -');
  });

  it('takes a board the article names as an organisation as the owner, not a unit', () => {
    const roles = facts('The Tea Board cut its forecast. Exports may fall, Arvind Menon-Pillai, chairman of the Tea Board, told reporters in Munnar.').roles();
    expect(roles).toContain('Arvind Menon-Pillai | chairman | Tea Board');
  });

  it('reads the place after the name for a government office', () => {
    const roles = facts('Talks with Kyrgyzstan resumed. President Almaz Toktorov of Kyrgyzstan is expected in Astana in June, officials said.').roles();
    expect(roles).toContain('Almaz Toktorov | President | Kyrgyzstan');
  });
});

describe('roles: places that open or own an office', () => {
  it('splits a place the article names off a title that opens with it', () => {
    const roles = facts('Floods cut roads across Malaita. Malaita Premier Josiah Taluga said villages were cut off.').roles();
    expect(roles).toContain('Josiah Taluga | Premier | Malaita');
  });

  it('gives a place office the place, not the organisation that opens with the same word', () => {
    const text = 'Tourists flock to Tanegawa Island every spring. The Tanegawa Heron Conservation Center counts the birds. Tanegawa said the count rose.\n\nTanegawa Mayor Kenji Arai welcomed the news.';
    expect(facts(text).roles()).toContain('Kenji Arai | Mayor | Tanegawa Island');
  });

  it('reads "the <place> club\'s" as the club named last', () => {
    const roles = facts('Grizzlies lost again on Friday in Kalmar. Kalmar HC have now lost five in a row.\n\nThe Kalmar club\'s general manager, Johan Ekstrand, said there would be no changes.').roles();
    expect(roles).toContain('Johan Ekstrand | general manager | Kalmar HC');
  });
});

describe('roles: owners from possessives and attributions', () => {
  it('keeps both complements of a possessed title', () => {
    const roles = facts('The Asian Development Bank (ADB) lent $200 million. The ADB\'s head of mission in Dhaka, Sarah Lindgren, said the loan was a milestone.').roles();
    expect(roles).toContain('Sarah Lindgren | head of mission in Dhaka | Asian Development Bank');
  });

  it('reads a capitalised defined term ("the Company\'s") as the business the release is about', () => {
    const text = 'Harbour Reach Shipping Company plc ("the Company") today reported higher profit. Harbour Reach Shipping Company plc was founded in 1990.\n\nThe Company\'s Chief Operating Officer, Priya Natarajan, said volumes rose.';
    expect(facts(text).roles()).toContain('Priya Natarajan | Chief Operating Officer | Harbour Reach Shipping Company plc');
  });

  it('reads "Its" as the organisation a statement was attributed to', () => {
    const roles = facts('The Fiji Meteorological Service warned of more rain. About 900 people were in shelters, according to the Fiji Red Cross Society.\n\nIts director general, Losana Waqa, said water was the main need.').roles();
    expect(roles).toContain('Losana Waqa | director general | Fiji Red Cross Society');
  });
});

describe('roles: elect titles and occupations', () => {
  it('reads a title with "-elect" as a post', () => {
    const roles = facts('Quispe, the mayor-elect, takes office in June. Rosa Quispe Mamani won the runoff.').roles();
    expect(roles).toContain('Rosa Quispe Mamani | mayor-elect | -');
  });

  it('reads no post from "businessman" or from an analyst with no organisation', () => {
    const roles = facts('Political analyst Tomás Herrera Vidal said the vote was close. Ramón Ortiz, a businessman and former mayor of Tarija, did not concede.').roles();
    expect(roles.some((r) => /businessman|analyst/.test(r))).toBe(false);
  });
});
