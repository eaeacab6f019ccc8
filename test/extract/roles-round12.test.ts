import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 12 role rules, each on invented sentences. */
describe('roles: ranks before a name', () => {
  it('keeps an abbreviated military rank as a role with no organisation, and the post before it', () => {
    const roles = facts('The blaze spread overnight. Forest Service spokesman Lt. Col. Dragan Petrovski-Mitev said crews were exhausted.').roles();
    expect(roles).toContain('Dragan Petrovski-Mitev | Lt. Col. | -');
    expect(roles).toContain('Dragan Petrovski-Mitev | spokesman | Forest Service');
    expect(roles).not.toContain('Dragan Petrovski-Mitev | Col. | -');
  });

  it('reads a police rank without periods and a place owning the post before it', () => {
    const roles = facts('Police raided two warehouses in Udon Thani. Udon Thani provincial police chief Pol Maj Gen Somchai Rattanaporn said nine people were held.').roles();
    expect(roles).toContain('Somchai Rattanaporn | Pol Maj Gen | -');
    expect(roles).toContain('Somchai Rattanaporn | provincial police chief | Udon Thani');
  });

  it('keeps academic ranks as written', () => {
    const roles = facts('The vase is older than thought, said Assoc. Prof. Dobromir Kolev-Ivanov. Prof. Yordanka Petrova-Stoeva disagreed with him.').roles();
    expect(roles).toContain('Dobromir Kolev-Ivanov | Assoc. Prof. | -');
    expect(roles).toContain('Yordanka Petrova-Stoeva | Prof. | -');
  });

  it('does not repeat an academic rank beside the professorship it abbreviates', () => {
    const roles = facts('"The network held," said Prof Lim Boon Keat, an associate professor at Marina Bay University.').roles();
    expect(roles.filter((r) => r.startsWith('Lim Boon Keat | Prof'))).toEqual([]);
  });

  it('reads no rank from "General" closing a longer title', () => {
    const roles = facts('KDCA Director General Dr. Park Ji-hoon said cases were falling.').roles();
    expect(roles.filter((r) => / \| (?:General|Director) \| /.test(r))).toEqual([]);
  });

  it('gives the post before a rank to the organisation in brackets before it', () => {
    const roles = facts('The Maritime Rescue Agency (MRA) spokesperson Rear Admiral Teodoro Bautista-Cruz said two boats sank.').roles();
    expect(roles).toContain('Teodoro Bautista-Cruz | spokesperson | Maritime Rescue Agency');
    expect(roles).toContain('Teodoro Bautista-Cruz | Rear Admiral | -');
  });
});

describe('roles: titles and their organisations', () => {
  it('reads a capitalised title word opening the sentence, never a title without its first letter', () => {
    const roles = facts('Rain is due on Friday. Chief hydrologist Amara Okonkwo-Bello of the Niger Basin Authority said rivers were rising.').roles();
    expect(roles).toContain('Amara Okonkwo-Bello | Chief hydrologist | Niger Basin Authority');
    expect(roles.some((r) => r.includes('| hief'))).toBe(false);
  });

  it('gives a mayor named before the name the town after it', () => {
    const roles = facts('Floods hit Eger. Deputy Mayor Gergely Szalai-Tóth of Eger said the dykes held.').roles();
    expect(roles).toContain('Gergely Szalai-Tóth | Deputy Mayor | Eger');
  });

  it('splits "Chairman and CEO" into two posts of the same organisation', () => {
    const roles = facts('Voltara opened the plant. Voltara Chairman and CEO Youssef Amrani said it cost $90 million. He said Voltara would hire 40 people.').roles();
    expect(roles).toContain('Youssef Amrani | Chairman | Voltara');
    expect(roles).toContain('Youssef Amrani | CEO | Voltara');
  });

  it('keeps a portfolio joined by "and" in the title', () => {
    const roles = facts('Ukraine Energy Agency staff met on Monday. Minister of Energy and Mines Halima Ouarda-Saidi spoke.').roles();
    expect(roles).toContain('Halima Ouarda-Saidi | Minister of Energy and Mines | -');
  });

  it('reads "Wali" as a post, with the province after "of"', () => {
    const roles = facts('The plant lies near Timimoun. The Wali of Timimoun, Karima Hadj-Larbi, said 300 jobs were created.').roles();
    expect(roles).toContain('Karima Hadj-Larbi | Wali | Timimoun');
  });

  it('reads a lecturer at a named university as a post', () => {
    const roles = facts('Kanya Srisuk, a lecturer in sociology at Chiang Mai University, said the scams would go on.').roles();
    expect(roles).toContain('Kanya Srisuk | lecturer in sociology | Chiang Mai University');
  });

  it('gives no role to a lecturer with no employer', () => {
    const roles = facts('Kanya Srisuk, a lecturer, said the scams would go on.').roles();
    expect(roles.filter((r) => r.startsWith('Kanya Srisuk'))).toEqual([]);
  });

  it('splits an acronym the article names off a capitalised title', () => {
    const roles = facts('The Kenya Railways Authority (KRA) ordered new trains. General Manager of KRA Peter Otieno said they would arrive in May. He said the line would reopen.').roles();
    expect(roles).toContain('Peter Otieno | General Manager | Kenya Railways Authority');
  });

  it('gives "its director" to the organisation joined by "and its"', () => {
    const roles = facts('The Larnaca district court fined Coral Coast Estates Ltd and its director, Andreas Kyriakou, for building without permits.').roles();
    expect(roles).toContain('Andreas Kyriakou | director | Coral Coast Estates Ltd');
  });

  it('reads the organisation running into a title as its owner', () => {
    const roles = facts('The Limassol district court ruled on Monday. Limassol district court judge Eleni Papadopoulou-Stavrou ordered the demolition.').roles();
    expect(roles).toContain('Eleni Papadopoulou-Stavrou | judge | Limassol district court');
  });

  it('keeps a village\'s community leader named with the village', () => {
    const roles = facts('Eger lies above the valley. Eger community leader Christos Ioannou-Petrou told reporters the road was closed.').roles();
    expect(roles).toContain('Christos Ioannou-Petrou | community leader | Eger');
  });

  it('reads the appositive after a party affiliation, dropping "two-term"', () => {
    const roles = facts('Lucía Ferrer Salinas of the Frente Andino coalition, a former two-term mayor of San Carlos, won the vote in Neuquén.').roles();
    expect(roles).toContain('Lucía Ferrer Salinas | mayor | San Carlos');
  });

  it('gives a post to the organisation named after a place and a description', () => {
    const roles = facts("Drought hit Salta. The president of the Salta tobacco growers' chamber Tabacos del Norte, Raúl Quiroga-Lenz, said growers lost a third of the crop.").roles();
    expect(roles).toContain('Raúl Quiroga-Lenz | president | Tabacos del Norte');
  });

  it('reads a nationality opening a business description before the owner', () => {
    const roles = facts('Shareholders elected Petra Wendler, a former chief financial officer of German pump maker Kessler, to the board.').roles();
    expect(roles).toContain('Petra Wendler | chief financial officer | Kessler');
  });

  it('reads an appositive past the period of a legal form', () => {
    const roles = facts('Gábor Kiss-Németh, managing director of Duna Fűszer Kft., said the company would import pepper. Duna Fűszer Kft. employs 80 people.').roles();
    expect(roles).toContain('Gábor Kiss-Németh | managing director | Duna Fűszer Kft.');
  });

  it('ends a title before an organisation whose name opens with a digit', () => {
    const roles = facts('Mette Lund, shop steward for the 5G union at the Aarhus plant, asked about jobs. The 5G union has 400 members.').roles();
    expect(roles.some((r) => r.startsWith('Mette Lund | shop steward |'))).toBe(true);
  });

  it('keeps a portfolio read as an organisation in the minister\'s title', () => {
    const roles = facts('Digital Trade and Innovation Minister Somsak Phromma urged banks to act.').roles();
    expect(roles).toContain('Somsak Phromma | Digital Trade and Innovation Minister | -');
  });

  it('completes a portfolio an organisation\'s name spells when the name took its last word', () => {
    const roles = facts('Minister of Transport and Communications Biljana Trajkova-Nikolova opened the line. The Ministry of Transport and Communications paid for it.').roles();
    expect(roles.some((r) => r.endsWith('| Minister of Transport and Communications | -'))).toBe(true);
  });
});

describe('roles: titles before given names of several words', () => {
  it('cuts the title where an organisation the article names ends the portfolio', () => {
    const roles = facts('The Ministry of Industry plans a new plant. According to Minister of Industry Tran Thi Mai Lan, the plant will cost $2 billion, Lan said.').roles();
    expect(roles.some((r) => / \| Minister of Industry \| -$/.test(r))).toBe(true);
    expect(roles.some((r) => r.includes('Minister of Industry Tran'))).toBe(false);
  });
});
