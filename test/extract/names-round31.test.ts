import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 31: Hassaniya patronymics, judicial styles, chess titles, States of X', () => {
  it("keeps the Hassaniya 'ould'/'mint' (son/daughter of) inside a person's name", () => {
    const f = facts(
      'Brahim ould Salek, who runs a date farm near Tidjikja, said the harvest was poor. Aminetou mint Ely, a teacher, said the school had closed. Ould Salek added that the wells were dry.',
    );
    expect(f.entity('Brahim ould Salek')?.kind).toBe('PERSON');
    expect(f.entity('Aminetou mint Ely')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /:Brahim$|:Aminetou$/.test(e))).toBe(false);
  });

  it("strips a judicial style or silk after a surname, and reads the name as a person's", () => {
    const f = facts(
      'The appeal was heard by Okafor-Bell JA, Mensah-Dunn JA and Lindqvist JA (Ag). Mensah-Dunn JA and Lindqvist JA (Ag) agreed. Ms Petra Quashie-Lord KC appeared for the bank, and Chinedu Adeyemi SAN for the respondent.',
    );
    for (const name of ['Okafor-Bell', 'Mensah-Dunn', 'Lindqvist', 'Petra Quashie-Lord', 'Chinedu Adeyemi']) expect(f.entity(name)?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /\b(?:JA|KC|SAN)\b|\(Ag\)/.test(e))).toBe(false);
  });

  it('strips a FIDE chess title before a player\'s full name', () => {
    const f = facts('In the fourth round GM Tobias Wennerholm beat IM Leticia Araújo Pinto after a long endgame, while WGM Olena Marchuk drew.');
    expect(f.entity('Tobias Wennerholm')?.kind).toBe('PERSON');
    expect(f.entity('Leticia Araújo Pinto')?.kind).toBe('PERSON');
    expect(f.entity('Olena Marchuk')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /\b(?:GM|IM|WGM) /.test(e))).toBe(false);
  });

  it("reads 'States of X' as one organisation, and a bare head beside two bodies named '<head> of <place>' as neither", () => {
    const f = facts(
      'The States of Sark approved the harbour budget on Monday. The States of Jersey will pay half. A vote in the States of Deliberation is due in May. ',
    );
    for (const name of ['States of Sark', 'States of Jersey', 'States of Deliberation']) expect(f.entity(name)?.kind).toBe('ORGANIZATION');
    expect(f.entity('Deliberation')).toBeUndefined();
    const two = facts('The Government of Aruba signed the deal on Monday. The Government of Curaçao will sign in June. Traders said the Government had not consulted them.');
    expect(two.entity('Government of Aruba')?.aliases).not.toContain('Government');
    expect(two.entity('Government of Curaçao')?.aliases).not.toContain('Government');
    const us = facts('The United States of America sent an envoy.');
    expect(us.entity('United States of America')?.kind).toBe('PLACE');
  });
});
