import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 20: cast credits, social posts, settlements, wire acronyms, demonyms, class labels, tribes, ships', () => {
  it('reads full names cast in a part ("X as Y", "played by X", "doubles as") as people', () => {
    const f = facts(
      'Music by Oskar Dalheim · With Torvald Egebakken Rud, Sunniva Hallstrup, Liv-Berit Omdalsvik\n\n' +
        'Torvald Egebakken Rud as Brand and Sunniva Hallstrup as Agnes in the new staging. Her Brand, played by Torvald Egebakken Rud, is tired. ' +
        'Liv-Berit Omdalsvik doubles as Gerd and the Doctor.',
    );
    expect(f.entity('Torvald Egebakken Rud')?.kind).toBe('PERSON');
    expect(f.entity('Sunniva Hallstrup')?.kind).toBe('PERSON');
    expect(f.entity('Liv-Berit Omdalsvik')?.kind).toBe('PERSON');
    // A country is no player: 'the role played by Saudi Arabia'.
    expect(facts('Diplomats praised the role played by Saudi Arabia in the talks.').entity('Saudi Arabia')?.kind).toBe('PLACE');
  });

  it('reads a full name signing an embedded social post with a handle as a person', () => {
    const f = facts('Trains were packed all morning.\n\n— Rumana Shirin (@rumana_ctg) April 2, 2039\n\nThe operator said more trains would run.');
    expect(f.entity('Rumana Shirin')?.kind).toBe('PERSON');
  });

  it('reads a given name before "Town" as a settlement, not a person', () => {
    expect(facts('Residents of Harriet Town on the north island said the boats came at night.').entity('Harriet Town')?.kind).toBe('PLACE');
  });

  it('reads a full name, a description and "said" as a person', () => {
    expect(facts('Feliciano Mau Berek, the chefe de aldeia of Loilubo, said the dogs were vaccinated.').entity('Feliciano Mau Berek')?.kind).toBe('PERSON');
  });

  it('reads a town name in capitals that someone was told as a news agency', () => {
    const f = facts('The minister told BOISE that the line would open in May.');
    expect(f.entity('BOISE')?.kind).toBe('ORGANIZATION');
  });

  it('drops a people adjective whose plural the article writes, and a class label before a number', () => {
    const f = facts('"We will serve all Vanuatians," he said. Fiji congratulated the Vanuatian people on the vote.');
    expect(f.entity('Vanuatian')).toBeUndefined();
    const g = facts('The change will apply to pupils now in Year 7. A test taken in the spring of Year 9 decides too much, she said.');
    expect(g.entity('Year')).toBeUndefined();
  });

  it('drops tribes and ships, and reads a name after "flank of" as a place', () => {
    const f = facts(
      'The honey takes its name from the Banu Qarrad tribe. A patrol craft stopped the 40-foot trawler, the Stella Orlanda, near the reef. ' +
        'The patrol craft HMS Dunwarren had tracked it for hours. Lava flowed down the western flank of Monte Querano.',
    );
    expect(f.entity('Banu Qarrad')).toBeUndefined();
    expect(f.entity('Stella Orlanda')).toBeUndefined();
    expect(f.entity('HMS Dunwarren')).toBeUndefined();
    expect(f.entity('Monte Querano')?.kind).toBe('PLACE');
  });
});
