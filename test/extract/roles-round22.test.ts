import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 22 role rules, each on invented sentences. */
describe('roles: round 22', () => {
  it("keeps 'to the <place>' after a possessive owner: \"Peru's ambassador to the Faroe Islands, X\"", () => {
    const text = "Peru's ambassador to the Faroe Islands, Inés Cárdenas-Mollo, said the embassy would reopen in May.";
    expect(facts(text).roles()).toContain('Inés Cárdenas-Mollo | ambassador to the Faroe Islands | Peru');
  });

  it("reads an attaché and a conciliator as posts", () => {
    const text = "Norway's military attaché in Lima, Colonel Sverre Holmvik, attended the parade. The talks resumed on Monday.\n\nThe conciliator, Marta Ilves-Rand, said both sides had agreed to meet again.";
    const roles = facts(text).roles();
    expect(roles).toContain('Sverre Holmvik | military attaché in Lima | Norway');
    expect(roles).toContain('Marta Ilves-Rand | conciliator | -');
  });

  it("reads 'an engineer with X' as a post only with its organisation", () => {
    const text = 'Wells are drying up, said Ana Tuilagi-Ross, a soil engineer with the Oceania Land Institute who has studied the island since 2010.';
    expect(facts(text).roles()).toContain('Ana Tuilagi-Ross | soil engineer | Oceania Land Institute');
  });

  it("gives 'the utility's general manager' to a water or power company named before", () => {
    const text = 'The Kelani Water and Power Company cut supply to three districts on Monday.\n\n"We have no choice," said Ruwan Perera-Silva, the utility\'s general manager.';
    expect(facts(text).roles()).toContain('Ruwan Perera-Silva | general manager | Kelani Water and Power Company');
  });

  it("keeps two lower-case portfolios joined by 'and' after 'for': 'secretary for housing and transport'", () => {
    const text = '"The queues are too long," said Tomasz Wierzbicki-Lak, the regional secretary for housing and transport. He promised more buses.';
    expect(facts(text).roles()).toContain('Tomasz Wierzbicki-Lak | regional secretary for housing and transport | -');
  });

  it("gives a second post with its own organisation after it to that organisation, and reads a pilot as an occupation", () => {
    const text = "Captain Lena Brask-Holm, a Nordair pilot and spokeswoman for the Danish Airline Pilots' Association (DALPA), said crews had followed the rules.";
    const roles = facts(text).roles();
    expect(roles).toContain("Lena Brask-Holm | spokeswoman | Danish Airline Pilots' Association");
    expect(roles.some((r) => r.includes('| pilot |'))).toBe(false);
    expect(roles.some((r) => r.includes('spokeswoman | Nordair'))).toBe(false);
  });

  it("reads a machine operator as an occupation, no post", () => {
    const text = 'Oksana Melnyk-Tamm, 51, a crane operator at the port for 20 years, said many colleagues had left.';
    expect(facts(text).roles().some((r) => r.includes('operator'))).toBe(false);
  });

  it("keeps an adjective opening the sentence in the title: 'Public prosecutor X'", () => {
    const text = 'Public prosecutor Lukas Brunhart-Ospelt told the court that the money had been moved abroad.';
    const roles = facts(text).roles();
    expect(roles).toContain('Lukas Brunhart-Ospelt | Public prosecutor | -');
    expect(roles).not.toContain('Lukas Brunhart-Ospelt | prosecutor | -');
  });
});
