import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 21: foreign honorifics, posts the title table lacks, stacked titles, country names holding "and", known acronyms', () => {
  it('keeps Amharic, clergy and Comorian honorifics out of the name', () => {
    const f = facts('Ato Tesfaye Gebremariam, head of the zone office, said roads were shut. The bishop, Abune Tewodros, blessed the river. "We wait," said Mzé Ali Said Mroudjae, an elder of the village. I spoke with Aba Gebre-Selassie Worku, a priest.');
    for (const name of ['Tesfaye Gebremariam', 'Tewodros', 'Ali Said Mroudjae', 'Gebre-Selassie Worku']) expect(f.entity(name)?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /\b(?:Ato|Abune|Mzé|Aba) /.test(e))).toBe(false);
  });

  it('reads an ombudsman, a comptroller "of" a service and an emperor as posts before a name', () => {
    const f = facts('Ombudsman Rosa Quishpe Tenorio asked the judges to act. Comptroller of Revenue Denise Harewood-Blake said checks would rise. The fort was built by Emperor Menelik in the old capital.');
    expect(f.entity('Rosa Quishpe Tenorio')?.kind).toBe('PERSON');
    expect(f.entity('Denise Harewood-Blake')?.kind).toBe('PERSON');
    expect(f.entity('Menelik')?.kind).toBe('PERSON');
    expect(f.roles()).toContain('Denise Harewood-Blake | Comptroller of Revenue | -');
    expect(f.roles()).toContain('Menelik | Emperor | -');
  });

  it('takes a second, qualified title after a first one out of the name', () => {
    const f = facts('Prosecutor Station Sergeant Delroy Greaves asked for a remand.');
    expect(f.entity('Delroy Greaves')?.kind).toBe('PERSON');
    expect(f.roles()).toContain('Delroy Greaves | Prosecutor | -');
  });

  it("reads a country's abbreviated Saint name and a state form without 'the' whole, also inside an organisation's name", () => {
    const f = facts('The boats left for St Kitts and Nevis. Officers of the Royal St Kitts and Nevis Police Force met them. The Republic of Congo signed too.');
    expect(f.entity('St Kitts and Nevis')?.kind).toBe('PLACE');
    expect(f.entity('Royal St Kitts and Nevis Police Force')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Republic of Congo')?.kind).toBe('PLACE');
  });

  it('joins an acronym the tables know to the name in another language it spells', () => {
    const f = facts('Médecins Sans Frontières, which runs a clinic inside the camp, said 12 patients had died. "The wards are full," Joana Prates-Lima, MSF\'s coordinator in Malakal, told reporters.');
    expect(f.entity('MSF')?.name).toBe('Médecins Sans Frontières');
  });
});
