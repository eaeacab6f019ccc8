import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 29 (second wave) role rules, each on invented sentences. */
describe('roles: an occupation that is a post only with its organisation', () => {
  it('reads "a surveyor with the <body>"', () => {
    const roles = facts('The Harbour Safety Agency inspected the pier. Gordon Pettigrew, a surveyor with the HSA in Inverness, told the court the rope was worn.').roles();
    expect(roles).toContain('Gordon Pettigrew | surveyor | Harbour Safety Agency');
  });

  it('gives no post to a surveyor named with no organisation', () => {
    const roles = facts('Gordon Pettigrew, a surveyor, told the court the rope was worn.').roles();
    expect(roles.filter((r) => r.startsWith('Gordon Pettigrew'))).toEqual([]);
  });
});

describe('roles: "Its" after a name inside a hyphenated modifier', () => {
  it('gives the post to the subject, not to the name in "the X-listed town"', () => {
    const roles = facts('The Varlen Institute for Coastal Study, which runs the UNESCO-listed marsh, backed the plan. Its deputy director, Anneke Holloway, said fish had declined.').roles();
    expect(roles).toContain('Anneke Holloway | deputy director | Varlen Institute for Coastal Study');
  });
});

describe('roles: a lower-case portfolio of several words joined by "and"', () => {
  it('keeps "for local government and town planning" in the title', () => {
    const roles = facts('Olu Breckett, state executive councillor for local government and town planning, said the slope was unsafe.').roles();
    expect(roles).toContain('Olu Breckett | state executive councillor for local government and town planning | -');
  });

  it('keeps a noun in -ing as the second portfolio', () => {
    const roles = facts('Mirela Oduya, regional councillor for public works and housing, said the estate would be rebuilt.').roles();
    expect(roles).toContain('Mirela Oduya | regional councillor for public works and housing | -');
  });

  it('still splits a second post with its own article', () => {
    const roles = facts('Olu Breckett, minister for health and a former mayor of Leeds, said so.').roles();
    expect(roles).toContain('Olu Breckett | minister for health | -');
    expect(roles).toContain('Olu Breckett | mayor | Leeds');
  });
});

describe('roles: authorship of a study is no post', () => {
  it('gives no post for "the lead author" but keeps the post after "and"', () => {
    const roles = facts('"We found nothing," said Dr. Ines Marlow, the lead author and a marine ecologist at the Halvard Institute.').roles();
    expect(roles).toEqual(['Ines Marlow | marine ecologist | Halvard Institute']);
  });
});

describe('roles: an abbreviated governor after the place served', () => {
  it('reads "<Place> Gov. Name" with the place as owner', () => {
    const roles = facts('Cebu Gov. Tomas Ekwueme-Reyes said he would ask for funds.').roles();
    expect(roles).toContain('Tomas Ekwueme-Reyes | Gov. | Cebu');
  });
});

describe('roles: a unit owning a post, named as a part of a body', () => {
  it('gives "the branch\'s chief" to the body the branch was named of', () => {
    const roles = facts('The Tromsø branch of the Nordic Dockers\' Union opposed the plan. "Pay us," said Ole Brattvik, the branch\'s chief.').roles();
    expect(roles).toContain("Ole Brattvik | chief | Nordic Dockers' Union");
  });
});

describe('roles: the Dutch island governor', () => {
  it('reads a fronted "The gezaghebber, Name,"', () => {
    const roles = facts('The vote ended. The gezaghebber, Anselmo Rijsbergen-Lake, said the council would meet.').roles();
    expect(roles).toContain('Anselmo Rijsbergen-Lake | gezaghebber | -');
  });
});
