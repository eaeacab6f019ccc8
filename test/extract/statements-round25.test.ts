import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('statements round 25: a person of a body, own surveys, writer glosses, unnamed workers, short appeals', () => {
  it('gives "<title> X of the <body> said" to the person, not to the body or its seat', () => {
    const f = facts(
      'Union organiser Teodora Vasquez-Llano of the dock workers\' federation FENADOC warned that hundreds of jobs would be lost unless the port reopened soon.\n\n' +
        'Lieutenant Arnaud Quessel of the Lyon unit of the Gendarmerie Heritage Brigade said a retired teacher had spotted the statue in an online sale in April.\n\n' +
        'Marine ecologist Dr Hana Koroi-Wendt of the University of the Coral Sea in Cairns said the reef trial was "an honest experiment, not a stunt".',
    );
    const s = f.statements();
    expect(s).toContain('PARAPHRASE Teodora Vasquez-Llano: hundreds of jobs would be lost unless the port reopened soon');
    expect(s).toContain('PARAPHRASE Arnaud Quessel: a retired teacher had spotted the statue in an online sale in April');
    expect(s).toContain('PARAPHRASE Hana Koroi-Wendt: the reef trial was "an honest experiment, not a stunt"');
  });

  it('reads "cautioned against <gerund>" as advice, not a reported clause, but keeps "cautioned that"', () => {
    const f = facts(
      'Professor Ilse Brandvold of the Tromsø Polar Institute cautioned against drawing firm conclusions from a single season.\n\n' +
        'Brandvold also cautioned that the sample from the northern fjords had been small.',
    );
    const s = f.statements();
    expect(s.some((x) => x.includes('drawing firm conclusions'))).toBe(false);
    expect(s).toContain('PARAPHRASE Ilse Brandvold: the sample from the northern fjords had been small');
  });

  it('gives "according to a <Body> survey" to the body that made it', () => {
    const f = facts('Ruritania exported about 42,000 tonnes of copper in June, according to a Bloomberg survey of shipping agents.');
    expect(f.statements()).toContain('PARAPHRASE Bloomberg: Ruritania exported about 42,000 tonnes of copper in June');
  });

  it('ends a finding before a closing ", which <others> interpret as ..." gloss', () => {
    const f = facts('The team found that the glacier had thinned by up to 3 metres a year, which the authors interpret as a sign of warmer sea water.');
    const s = f.statements();
    expect(s).toContain('PARAPHRASE -: the glacier had thinned by up to 3 metres a year');
    expect(s.some((x) => x.includes('which the authors interpret'))).toBe(false);
  });

  it('ends a backshifted report before the writer\'s ", where ... have <verb>ed ... in recent years" background, not before a current state', () => {
    const f = facts(
      'Relief groups said the road to the camps would stay closed in the Ostrava valley, where gunmen have ambushed lorries in recent years.\n\n' +
        'Fabian Morello-Tisch said the ministry would send 40 doctors to the coast, where clinics have been filling up since the floods began.',
    );
    const s = f.statements();
    expect(s).toContain('PARAPHRASE -: the road to the camps would stay closed in the Ostrava valley');
    expect(s).toContain('PARAPHRASE Fabian Morello-Tisch: the ministry would send 40 doctors to the coast, where clinics have been filling up since the floods began');
  });

  it('reads one unnamed worker ("A waiter who asked not to be named said") as an unnamed speaker', () => {
    const f = facts(
      'A waiter who asked not to be named because he feared for his job said supervisors had threatened to dock the strikers\' pay.\n\n' +
        'An engineer at the refinery said the pumps had failed twice in a week.',
    );
    const s = f.statements();
    expect(s).toContain("PARAPHRASE -: supervisors had threatened to dock the strikers' pay");
    expect(s).toContain('PARAPHRASE -: the pumps had failed twice in a week');
  });

  it('keeps a three-word appeal after a coordinated "and urged", past "The <title>, Sir X,"', () => {
    const f = facts('The Administrator, Sir Rowan Pellew-Marsh, thanked the outgoing councillor in a statement and urged residents to vote.');
    expect(f.statements()).toContain('PARAPHRASE Rowan Pellew-Marsh: residents to vote');
  });
});
