import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 18: patronymics, Malay honorifics, Romance connectors, short names, non-possessive places', () => {
  it("joins a patronymic connector ('binti', 'bin') inside a person's name, and the own name before it to the person", () => {
    const f = facts('Councillor Rashidah binti Abdul Malik opened the clinic. Rashidah said the queues were long. Later, Faizal bin Osman Rahim spoke.');
    expect(f.entity('Rashidah binti Abdul Malik')?.kind).toBe('PERSON');
    expect(f.entity('Rashidah binti Abdul Malik')?.aliases).toContain('Rashidah');
    expect(f.entity('Faizal bin Osman Rahim')?.kind).toBe('PERSON');
    expect(f.entity('Abdul Malik')).toBeUndefined();
  });

  it('strips a Malay honorific string before a full name, keeping the title and the father\'s Haji', () => {
    const f = facts("Council member Yang Berhormat Dayang Salmah binti Haji Yusof asked for more buses. Chief executive Dato' Sri Harith bin Abang Zulkifli told reporters the deal was done. It was signed by Tan Sri Mokhtar Hamid Yunus. Haji Ridzuan bin Haji Karim witnessed it.");
    expect(f.entity('Salmah binti Haji Yusof')?.kind).toBe('PERSON');
    expect(f.entity('Harith bin Abang Zulkifli')?.kind).toBe('PERSON');
    expect(f.entity('Mokhtar Hamid Yunus')?.kind).toBe('PERSON');
    expect(f.entity('Ridzuan bin Haji Karim')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /Berhormat|Dayang|Dato|Tan Sri|^Haji Ridzuan/.test(e))).toBe(false);
    expect(f.roles()).toContain('Salmah binti Haji Yusof | Council member | -');
    expect(f.roles()).toContain('Harith bin Abang Zulkifli | Chief executive | -');
  });

  it("keeps 'Yang' and 'Sri' that open a name as names", () => {
    const f = facts('Yang Xiaolin Chen met Sri Mulyani Wardhana in Jakarta.');
    expect(f.entity('Yang Xiaolin Chen')?.kind).toBe('PERSON');
    expect(f.entity('Sri Mulyani Wardhana')?.kind).toBe('PERSON');
  });

  it("keeps Spanish and French prepositions inside an institution's name", () => {
    const f = facts("Loans come from the Fondo de Apoyo a la Pesca Artesanal and the Instituto para el Desarrollo Rural. The Compagnie d'Eau et d'Assainissement du Tchad said supply would resume.");
    expect(f.entity('Fondo de Apoyo a la Pesca Artesanal')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Instituto para el Desarrollo Rural')?.kind).toBe('ORGANIZATION');
    expect(f.entity("Compagnie d'Eau et d'Assainissement du Tchad")?.kind).toBe('ORGANIZATION');
    expect(f.entity('la Pesca Artesanal')).toBeUndefined();
  });

  it('reads a long one-word short name in brackets after an organisation as its alias', () => {
    const f = facts('Credit flows through the state-owned Corporación de Crédito Pesquero (Crediperca). Farmers said they had waited months.');
    expect(f.entity('Corporación de Crédito Pesquero')?.aliases).toContain('Crediperca');
  });

  it("keeps an \"'s\" closing a place list as part of the place's name", () => {
    const f = facts("Bikes were stolen in Southampton and Pitt's. Magistrate Orla Benn-Cox heard the case.");
    expect(f.entity("Pitt's")?.kind).toBe('PLACE');
    expect(f.entity('Pitt')).toBeUndefined();
  });

  it("splits 'of <place>' off a name the article also writes alone", () => {
    const f = facts('The stage was won by Kahala Rowing Club of Fiji, ahead of the hosts.\n\nRESULTS\n1. Kahala Rowing Club (Fiji) 3h12m');
    expect(f.entity('Kahala Rowing Club')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Kahala Rowing Club of Fiji')).toBeUndefined();
  });

  it("keeps 'Central Bank of X' whole though the article writes 'the Central Bank' too", () => {
    const f = facts('The Central Bank of Belize cut rates. The Central Bank said inflation was low.');
    expect(f.entity('Central Bank of Belize')).toBeDefined();
  });

  it("joins an organisation's opening words before its head to it: 'Kau Moana' for 'Kau Moana Sailing Club'", () => {
    const f = facts("Kau Moana Sailing Club won again. Kau Moana's coach, Sione Fifita, was pleased. Researchers at the Weizenbaum Kessler Institute for Marine Studies agreed, a Weizenbaum Kessler institute spokesman said.");
    expect(f.entity('Kau Moana Sailing Club')?.aliases).toContain('Kau Moana');
    expect(f.entity('Kau Moana')?.name).toBe('Kau Moana Sailing Club');
  });

  it("keeps a place named like the opening of an organisation's name apart from it", () => {
    const f = facts('Lake Tanganyika is shrinking, the Lake Tanganyika Basin Authority said.');
    expect(f.entity('Lake Tanganyika')?.kind).toBe('PLACE');
    expect(f.entity('Lake Tanganyika Basin Authority')?.kind).toBe('ORGANIZATION');
  });

  it("reads a two-letter organisation acronym written as a name ('Au') as a family name, not the organisation", () => {
    const f = facts('Analyst Winifred Au of Kowloon Capital said margins would fall. "It is a hard year," Au said. The AU sent observers.');
    expect(f.entity('Winifred Au')?.aliases).toContain('Au');
    expect(f.entity('AU')?.kind).toBe('ORGANIZATION');
    expect(f.entity('AU')?.name).not.toBe('Winifred Au');
  });
});
