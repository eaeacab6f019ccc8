import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('roles', () => {
  it('reads the issue examples: person, title and organisation; the title never stays in the name', () => {
    expect(facts('US Secretary of State John Kerry called.').roles()).toEqual(['John Kerry | Secretary of State | US']);
    expect(facts('Kremlin spokesman Dmitry Peskov said nothing.').roles()).toEqual(['Dmitry Peskov | spokesman | Kremlin']);
    // The country owning the post is the organisation; the body it sits in stays in the title.
    expect(facts('Syria’s UN Ambassador Bashar Ja’afari rejected accusations.').roles()).toEqual(['Bashar Ja’afari | UN Ambassador | Syria']);
    expect(facts('John Kirby, the State Department spokesman, said in a statement that talks were over.').roles()).toEqual(['John Kirby | spokesman | State Department']);
  });

  it('reads a demonym before the title as the country', () => {
    expect(facts('Kerry called Russian Foreign Minister Sergey Lavrov. Russia refused.').roles()).toEqual(['Sergey Lavrov | Foreign Minister | Russia']);
  });

  it('reads appositive titles with an organisation after "at" (science article)', () => {
    const f = facts('Researchers led by Ingrid Halvorsen, a professor of epidemiology at the University of Bergen in Norway, analysed samples.');
    expect(f.roles()).toEqual(['Ingrid Halvorsen | professor of epidemiology | University of Bergen']);
  });

  it('gives no organisation for a title held under a person', () => {
    expect(facts("Dmitry Peskov, Russian President Vladimir Putin's spokesperson, said Tuesday his boss was angry.").roles()).toContain('Dmitry Peskov | spokesperson | -');
  });

  it('reads a lower-case title with its modifiers before a comma and the name (courts article)', () => {
    const f = facts('Ferrosul’s chief executive, Ricardo Menezes, said the company was cooperating.');
    expect(f.roles()).toEqual(['Ricardo Menezes | chief executive | Ferrosul']);
    expect(f.entity('Ricardo Menezes')?.kind).toBe('PERSON');
  });
});

describe('roles: qualifiers', () => {
  it('keeps generic words between a known qualifier and the title in the title', () => {
    expect(facts('U.S. Transportation Secretary Pete Buttigieg welcomed the move.').roles()).toEqual(['Pete Buttigieg | Transportation Secretary | U.S.']);
    expect(facts('Technology Secretary Olivia Grant spoke.').roles()).toEqual(['Olivia Grant | Technology Secretary | -']);
  });

  it('reads "the group\'s president" as the organisation named before, and no kinship as a title', () => {
    const f = facts('According to Planned Parenthood, clinics were full. "This is a relief," said Alexis McGill Johnson, the group\'s president.');
    expect(f.roles()).toEqual(['Alexis McGill Johnson | president | Planned Parenthood']);
    expect(facts('Chief executive Akio Toyoda, the grandson of the company\'s founder, spoke.').roles()).toEqual(['Akio Toyoda | Chief executive | -']);
  });
});

describe('roles: owners named elsewhere', () => {
  it('reads "Its <title>, <name>" as the organisation named before, past an honorific (technology, diplomacy articles)', () => {
    const f = facts('Worst hit was Thames Valley Hospitals NHS Foundation Trust. Its chief executive, Dr. Priya Raman, said staff coped.');
    expect(f.roles()).toEqual(['Priya Raman | chief executive | Thames Valley Hospitals NHS Foundation Trust']);
  });

  it('reads "<title> <name> of the <organisation>" (courts article)', () => {
    expect(facts('Judge Luiza Bittencourt of the 2nd Criminal Court of Pará de Minas ruled on Friday.').roles()).toEqual([
      'Luiza Bittencourt | Judge | 2nd Criminal Court of Pará de Minas',
    ]);
  });

  it('reads two titles joined by "and", and drops a short form of a longer title', () => {
    expect(facts('Aleksandr Vetrov, Lumora Networks’s founder and chief executive, apologised.').roles()).toEqual([
      'Aleksandr Vetrov | founder | Lumora Networks',
      'Aleksandr Vetrov | chief executive | Lumora Networks',
    ]);
    expect(facts('Secretary of State John Kerry spoke. "Secretary Kerry was clear," Kirby said.').roles()).toEqual(['John Kerry | Secretary of State | -']);
  });
});

describe('roles: what is no post', () => {
  it('takes no occupation or playing position for a role, but keeps posts in a team', () => {
    expect(facts('"We lost the harvest," said Maria Lopes, a 61-year-old rice farmer from the valley.').roles()).toEqual([]);
    expect(facts('Brazilian striker Tiago Rocha scored twice. Bayside beat Corton 2-0.').roles()).toEqual([]);
    expect(facts("Bayside's Irish midfielder Sean Kelly was booked. Bayside coach Anna Berg was pleased.").roles()).toEqual(['Anna Berg | coach | Bayside']);
  });

  it('takes no honorific for a role, but an abbreviated title is one', () => {
    expect(facts('Coun. Peter Lindahl voted against the plan. Dr. Anna Holm said the plan was sound.').roles()).toEqual(['Peter Lindahl | Coun. | -']);
  });

  it('reads no title out of a relative clause after the name', () => {
    expect(facts("Ola Berg, who met Norway's deputy fisheries minister, Lars Moe, spoke to reporters.").roles()).toEqual(['Lars Moe | deputy fisheries minister | Norway']);
  });
});

describe('roles: which organisation', () => {
  it('reads a short form of an organisation named in the article as that organisation', () => {
    expect(facts("Northwind Minerals Ltd will buy the mine. Northwind's managing director, Paul Avery, said the deal was fair.").roles()).toEqual([
      'Paul Avery | managing director | Northwind Minerals Ltd',
    ]);
    expect(facts('Riverton City lost again. Riverton City manager Joe Park was angry.').roles()).toEqual(['Joe Park | manager | Riverton City']);
  });

  it('reads a demonym before a government office as the country, from world-countries (no hand list)', () => {
    expect(facts('Talks opened in Turkmenistan on Monday. Turkmen Foreign Minister Rashid Meredov welcomed the delegates.').roles()).toEqual([
      'Rashid Meredov | Foreign Minister | Turkmenistan',
    ]);
    expect(facts("Kiprop's Dutch coach, Joost Weber, said the record was coming.").roles()).toEqual(['Joost Weber | coach | -']);
  });

  it('keeps a word that opens a curated title in the title, not as an organisation', () => {
    expect(facts('Health Secretary Ramon Diaz said hospitals were ready.').roles()).toEqual(['Ramon Diaz | Health Secretary | -']);
  });

  it('reads "the union\'s", "the town\'s" and "the company\'s" as the organisation or place named before', () => {
    expect(facts("The Dockworkers Union called a strike. The union's lawyer, Marta Silva, said the ban was illegal.").roles()).toEqual([
      'Marta Silva | lawyer | Dockworkers Union',
    ]);
    expect(facts('Families slept in a school in San Isidro. "We need water," said Pedro Gomez, the town\'s disaster officer.').roles()).toEqual([
      'Pedro Gomez | disaster officer | San Isidro',
    ]);
    // The company the article is about, not the customer named last.
    const f = facts("Solara Energy will build the plant. Solara Energy shares rose. Suppliers include Siemens. Mia Chen, the company's chief financial officer, said cash would pay for it.");
    expect(f.roles()).toEqual(['Mia Chen | chief financial officer | Solara Energy']);
  });

  it('reads "Its" as the organisation named last outside a prepositional phrase', () => {
    const f = facts('The Harbour Authority said it would appeal. Under EU rules, the process takes weeks. Its general counsel, Mark Vos, declined to comment.');
    expect(f.roles()).toEqual(['Mark Vos | general counsel | Harbour Authority']);
  });

  it('skips a place before "-based" and descriptive words before the organisation', () => {
    expect(facts('Lena Ortiz, an analyst at the Lisbon-based Tejo Research Institute, said prices would rise.').roles()).toEqual([
      'Lena Ortiz | analyst | Tejo Research Institute',
    ]);
    expect(facts('Omar Haddad, a spokesman for the rights group Open Doors Network, said the camp was full.').roles()).toEqual([
      'Omar Haddad | spokesman | Open Doors Network',
    ]);
  });
});

describe('roles: titles around the name', () => {
  it('reads a description opening the sentence before the name', () => {
    expect(facts('Donors met in Aden. The UN envoy to Yemen, Hans Berger, said aid would resume.').roles()).toEqual(['Hans Berger | envoy to Yemen | UN']);
    expect(facts('Talks ended late. The head of the IMF mission, Clara Nunes, said progress was made.').roles()).toEqual(['Clara Nunes | head | IMF']);
    expect(facts('The Federation of Small Traders opposed the plan. Its regional manager for the North West, Fiona Reid, said sales would fall.').roles()).toEqual([
      'Fiona Reid | regional manager for the North West | Federation of Small Traders',
    ]);
  });

  it('reads a post named with "is" in a relative clause, and lower-case title words before a name with "of <organisation>"', () => {
    expect(facts('Rita Alves, who lost her shop in the fire and is now president of the Riverside Traders Association, said the council had failed.').roles()).toEqual([
      'Rita Alves | president | Riverside Traders Association',
    ]);
    expect(facts('"The markers are clear," said soil chemist Ruth Abebe of Jimma University.').roles()).toEqual(['Ruth Abebe | soil chemist | Jimma University']);
  });

  it('reads a capitalised title before a name that mention detection left out, an honorific between', () => {
    expect(facts('"It was a fault," Principal Secretary for Water Services Dr. Wanjiru Kamau-Otieno told journalists.').roles()).toEqual([
      'Wanjiru Kamau-Otieno | Principal Secretary for Water Services | -',
    ]);
    expect(facts('The Ghana Centre for Disease Control (GCDC) said cases rose. "We are ready," GCDC Director General Dr. Kwame Mensah-Boateng told reporters.').roles()).toEqual([
      'Kwame Mensah-Boateng | Director General | Ghana Centre for Disease Control',
    ]);
  });

  it('takes a demonym opening a title out of it, as the country of a government office', () => {
    expect(facts('Chinese Vice Foreign Minister Zhao Lirong said China would share data.').roles()).toEqual(['Zhao Lirong | Vice Foreign Minister | China']);
  });

  it('reads a post in an "As" phrase before a pronoun as the post of the person named before', () => {
    expect(facts("Grace Eze grew up in Lagos State and trained in Ikeja. As the state's health commissioner, she opened new wards.").roles()).toEqual([
      'Grace Eze | health commissioner | Lagos State',
    ]);
    expect(facts('Grace Eze grew up in Lagos State. As a result, she left.').roles()).toEqual([]);
  });

  it('reads a word of a club name before a team post as the club', () => {
    expect(facts('Apia Tautai beat the Dnipro Falcons in Apia. Apia coach Sione Leota was sad. Falcons head coach Yevhen Marchenko smiled.').roles()).toEqual([
      'Sione Leota | coach | Apia Tautai',
      'Yevhen Marchenko | head coach | Dnipro Falcons',
    ]);
    // A place before a post that is no team post stays the place.
    expect(facts('Apia Tautai won in Apia. Apia Mayor Tavita Faleolo watched.').roles()).toEqual(['Tavita Faleolo | Mayor | Apia']);
  });
});
