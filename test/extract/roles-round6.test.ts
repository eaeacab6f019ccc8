import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 6 role rules, each on invented sentences. */
describe('roles: press-release titles, shared owners, units, portfolios', () => {
  it('reads a press-release title between commas, the organisation closing the clause', () => {
    expect(facts('"Roads flood every year," said Dr. Kofi Mensah-Boateng, Western Regional Director, Ashanti Water Service.').roles()).toContain(
      'Kofi Mensah-Boateng | Western Regional Director | Ashanti Water Service',
    );
  });

  it('gives both posts of "A and B of <organisation>" to that organisation; "co-" keeps a title', () => {
    expect(facts('"We fly every day," said Mariam Toure-Bakayoko, co-founder and chief operating officer of Sahel Wings.').roles()).toEqual(
      expect.arrayContaining(['Mariam Toure-Bakayoko | co-founder | Sahel Wings', 'Mariam Toure-Bakayoko | chief operating officer | Sahel Wings']),
    );
  });

  it('keeps a second description with its own article apart from the first post\'s owner', () => {
    const roles = facts("Mr Ardit Hoxha, the Green Party's deputy leader and a former deputy health minister, conceded on Monday.").roles();
    expect(roles).toEqual(expect.arrayContaining(['Ardit Hoxha | deputy leader | Green Party', 'Ardit Hoxha | deputy health minister | -']));
  });

  it('drops "previous" and "also" before a title', () => {
    expect(facts('The vote followed the resignation of the previous mayor, Dritan Leka, in March.').roles()).toEqual(['Dritan Leka | mayor | -']);
  });

  it('keeps a unit of the organisation in the title: "head of the forecasting division at the X"', () => {
    expect(facts('Mele Tamata, head of the forecasting division at the Pacific Weather Bureau, said rain would ease.').roles()).toEqual([
      'Mele Tamata | head of the forecasting division | Pacific Weather Bureau',
    ]);
  });

  it('reads "researcher on <subject> at <organisation>" and "headteacher of <school>"', () => {
    expect(facts('Otieno Kamau, a researcher on digital payments at Riverside University, said outages were rare.').roles()).toEqual([
      'Otieno Kamau | researcher on digital payments | Riverside University',
    ]);
    expect(facts('Some parents were hesitant, said Sita Kumari Shrestha, headteacher of Janata Secondary School in Janakpur.').roles()).toEqual([
      'Sita Kumari Shrestha | headteacher | Janata Secondary School',
    ]);
  });

  it('reads an acronym the article names before a title where no mention was read', () => {
    const roles = facts('According to the Association of Growers (AGRO), prices fell. "Buyers will wait," AGRO sales manager Lucía Quispe Rojas told reporters.').roles();
    expect(roles.some((r) => /^Lucía Quispe Rojas \| sales manager \| (?:AGRO|Association of Growers)$/.test(r))).toBe(true);
  });

  it('reads a portfolio pair joined by "and" before a government office as the title', () => {
    expect(facts('Energy and Mines Minister Tomas Petrauskas said the line would open in May.').roles()).toEqual([
      'Tomas Petrauskas | Energy and Mines Minister | -',
    ]);
  });

  it('gives a post to the organisation whose name ends with the word before it', () => {
    const roles = facts("Minera Andina Quelcaya was fined. Quelcaya's lawyer, Rosa Mamani Torres, said the company would appeal.").roles();
    expect(roles).toEqual(['Rosa Mamani Torres | lawyer | Minera Andina Quelcaya']);
  });

  it('reads an appositive after a name ending in an initial', () => {
    expect(facts('Prosecutors named the suspects: Tomas K. and Jonas P., a procurement manager at Baltic Rail Works.').roles()).toContain(
      'Jonas P | procurement manager | Baltic Rail Works',
    );
  });
});
