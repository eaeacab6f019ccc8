import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 25 role rules, each on invented sentences. */
describe('roles: round 25', () => {
  it("reads 'Reverend' and 'Sheikh' as honorifics, no posts", () => {
    const text = "The chapel's minister, Reverend Tomas Kalder, said the parish had forgiven him. The head of the Lund Council of Elders, Sheikh Omar Bakri al-Fassi, urged calm.";
    const roles = facts(text).roles();
    expect(roles.some((r) => r.includes('| Reverend |'))).toBe(false);
    expect(roles.some((r) => r.includes('| Sheikh |'))).toBe(false);
    expect(roles).toContain('Omar Bakri al-Fassi | head | Lund Council of Elders');
  });

  it("keeps an envoy's 'to <place>' in a possessed capitalised title", () => {
    const text = "Canada's High Commissioner to Tonga, Julia Brandt-Lowe, said Ottawa was proud.";
    expect(facts(text).roles()).toContain('Julia Brandt-Lowe | High Commissioner to Tonga | Canada');
  });

  it("gives 'Its <post>' to the agent of a passive with 'will be ... by'", () => {
    const text = 'The port authority approved the berth. The ferry will be run by Harbour Boat Services Ltd., which runs two boats. Its managing director, Claire Bowen-Smith, said the company was sad.';
    expect(facts(text).roles()).toContain('Claire Bowen-Smith | managing director | Harbour Boat Services Ltd.');
  });

  it("reads a sentence-case post opening the sentence before a rank ('Police prosecutor Sergeant X')", () => {
    const text = 'Police prosecutor Sergeant Tevita Ralulu told the court that the report was late. The man faces one count. Police prosecutor Corporal Ana Vakaloa opposed bail.';
    const roles = facts(text).roles();
    expect(roles).toContain('Tevita Ralulu | Police prosecutor | -');
    expect(roles).toContain('Tevita Ralulu | Sergeant | -');
    expect(roles).toContain('Ana Vakaloa | Police prosecutor | -');
  });

  it("reads 'A spokesman for the <people>, X' with no organisation, and with the one the noun stands for", () => {
    expect(facts('A spokesman for the farmers, Ahmed Ag Moussa, said by telephone that they would stay.').roles()).toContain('Ahmed Ag Moussa | spokesman | -');
    expect(facts('The Orla Fishing Company laid off staff. A spokeswoman for the company, Lena Varga-Holm, said the cuts were final.').roles()).toContain('Lena Varga-Holm | spokeswoman | Orla Fishing Company');
    expect(facts('A friend of the family, Lena Varga-Holm, said she was sad.').roles()).toEqual([]);
  });

  it("gives 'Federation president X' to the federation named before, but keeps 'Council member' as written", () => {
    const text = 'The Atlantic Rugby Federation (ARF) said a record crowd came. Federation president Carlos Mendes-Ruiz, speaking before the final, said the cup would return.';
    expect(facts(text).roles()).toContain('Carlos Mendes-Ruiz | president | Atlantic Rugby Federation');
    expect(facts('Federation president Carlos Mendes-Ruiz said the cup would return.').roles()).toContain('Carlos Mendes-Ruiz | Federation president | -');
  });

  it("keeps 'Trade' in 'Trade union leader' and reads 'of the dock workers' union X' as the owner", () => {
    const text = "Trade union leader Marie Dorlac of the dock workers' union CGT-Ports warned that jobs would go.";
    expect(facts(text).roles()).toContain('Marie Dorlac | Trade union leader | CGT-Ports');
  });
});
