import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';
import { withoutTrailingStyles } from '../../src/extract/roles-honorifics';

/** Round 18 role rules, each on invented sentences. */
describe('roles: Malay styles after a title (round 18)', () => {
  it('drops the styles between a post and the name, keeping the post', () => {
    expect(withoutTrailingStyles('Minister of Health Dato Seri Paduka')).toBe('Minister of Health');
    expect(withoutTrailingStyles('Deputy Minister Datuk Seri')).toBe('Deputy Minister');
    expect(withoutTrailingStyles('member Yang Berhormat Dayang')).toBe('member');
    expect(withoutTrailingStyles('Chief Secretary Tan Sri')).toBe('Chief Secretary');
  });

  it('keeps titles whose last word only looks like a style word', () => {
    expect(withoutTrailingStyles('Minister of Health')).toBe('Minister of Health');
    expect(withoutTrailingStyles('Ambassador to Sri')).toBe('Ambassador to Sri');
    expect(withoutTrailingStyles('Dato')).toBe('Dato');
  });

  it('reads the post of a minister written with styles before the name', () => {
    const roles = facts('Minister of Health Dato Seri Paduka Dr Haji Rosli bin Haji Kamaruddin said clinics in Tutong would open longer. Rosli said the plan was costed.').roles();
    expect(roles.some((r) => / \| Minister of Health \| /.test(r))).toBe(true);
    expect(roles.filter((r) => /Dato|Seri|Paduka/.test(r.split(' | ')[1]!))).toEqual([]);
  });
});

describe('roles: a speech verb after the name is no title (round 18)', () => {
  it("reads nothing from \"The bakery's owner, X, told The Herald that ...\"", () => {
    const roles = facts("Thieves broke into a bakery on Orchard Lane. The bakery's owner, Wendell Ashcombe-Price, told The Lantern that the man, who wore a mask, had used a crowbar. Ashcombe-Price said nothing was taken.").roles();
    expect(roles.filter((r) => /told|Lantern/.test(r))).toEqual([]);
  });
});

describe("roles: whom 'its' means (round 18)", () => {
  it("reads an organisation in a fronted 'At X,' phrase as the owner of 'its' later in that sentence", () => {
    const text = 'Rain has failed for two seasons, according to the Regional Weather Bureau. At Kelvara District Hospital, the children\'s ward was full on Monday, said its clinical director, Talia Okonkwo-Reyes. Okonkwo-Reyes said beds were shared.';
    expect(facts(text).roles()).toContain('Talia Okonkwo-Reyes | clinical director | Kelvara District Hospital');
  });

  it("reads 'the X cooperative' after a preposition as the organisation 'Its' means in the next sentence", () => {
    const text = 'The Ministry of Rural Affairs sent seed. Morales belongs to the Las Brisas cooperative, a group of 90 families. Its manager, Teodoro Villacrés Ponce, said the harvest was half of last year\'s. Villacrés Ponce said prices would rise.';
    expect(facts(text).roles()).toContain('Teodoro Villacrés Ponce | manager | Las Brisas');
  });

  it("reads the agent of a passive ('was won by X') as the organisation 'Its' means in the next sentence", () => {
    const text = 'The Harbour Rowing Federation set the course. The second leg was won by Kestrel Bay Rowing Club from Tasmania, the first visitors to win one. Its captain, Ruairi Penhallow-Ames, said the crew had trained for a year. Penhallow-Ames said they would return.';
    expect(facts(text).roles()).toContain('Ruairi Penhallow-Ames | captain | Kestrel Bay Rowing Club');
  });

  it("still skips an organisation that only modifies another noun ('Under FIBA rules')", () => {
    const text = 'The Delmar Sports Council has 21 days to appeal. Under FIBA rules, the hearing is held in private. Its legal director, Arvid Lundqvist, declined to comment.';
    expect(facts(text).roles()).toContain('Arvid Lundqvist | legal director | Delmar Sports Council');
  });

  it("reads ', its <title> of <field>, NAME' mid-sentence with the organisation named before", () => {
    const text = 'The Ministry of Water Resources said on Monday that wells were drying. The ministry counted 40 dry wells in May, its director of groundwater monitoring, Dr. Halima Osman Jama, told reporters. Halima said more would fail.';
    expect(facts(text).roles()).toContain('Halima Osman Jama | director of groundwater monitoring | Ministry of Water Resources');
  });
});

describe('roles: a description mid-sentence before a name in apposition (round 18)', () => {
  const text = 'The minister was met by the UNIFIL commander, Spanish Maj. Gen. Rafael Ortuño Vidal. She was also met by the head of the U.K. contingent, Lt. Col. Fiona Aldridge-Marsh of the Royal Welsh Fusiliers. Aldridge-Marsh said patrols would continue in the United Kingdom sector.';

  it("reads 'the <organisation> <title>, Nationality Rank NAME'", () => {
    expect(facts(text).roles().some((r) => /^Rafael Ortuño Vidal \| commander \| UNIFIL$/i.test(r))).toBe(true);
  });

  it("reads 'the <title> of the <place> <unit>, Rank NAME' with the place as owner", () => {
    expect(facts(text).roles()).toContain('Fiona Aldridge-Marsh | head | United Kingdom');
  });

  it("reads a rank's 'of the <organisation>' after the name as its owner, else none", () => {
    expect(facts(text).roles()).toContain('Fiona Aldridge-Marsh | Lt. Col. | Royal Welsh Fusiliers');
    expect(facts(text).roles()).toContain('Rafael Ortuño Vidal | Maj. Gen. | -');
  });

  it('reads nothing when a verb follows the name (a fronted phrase, then the subject)', () => {
    const roles = facts('After talks with the head of the Brenmoor Port Authority, Oskar Haldane said the quay would reopen. Haldane is the mayor.').roles();
    expect(roles.filter((r) => r.startsWith('Oskar Haldane | head'))).toEqual([]);
  });

  it("reads 'the secretary of the Ministry of X, NAME, told ...'", () => {
    const roles = facts('Last month the secretary of the Ministry of Inland Fisheries, Rangi Tapsell-Moana, told a meeting at the village hall that the nets were too fine.').roles();
    expect(roles).toContain('Rangi Tapsell-Moana | secretary | Ministry of Inland Fisheries');
  });
});

describe('roles: fellows and organisations read in part (round 18)', () => {
  it('reads a research fellow as a post only with its institution', () => {
    expect(isTitleHead('senior research fellow')).toBe(true);
    const roles = facts('Ilse Varga-Maret, a senior research fellow at the Danube Institute for Water Studies, said the dam was unsafe.').roles();
    expect(roles).toContain('Ilse Varga-Maret | senior research fellow | Danube Institute for Water Studies');
  });

  it("reads the organisation whose name ends with the place read before a title ('Transport for X chief executive')", () => {
    const text = 'New boats were bought by the council and Transport for Orkney (TfO). Transport for Orkney chief executive Magnus Thorfinnsson-Rae said two boats would be replaced. Thorfinnsson-Rae said Orkney needed more.';
    expect(facts(text).roles()).toContain('Magnus Thorfinnsson-Rae | chief executive | Transport for Orkney');
  });
});
