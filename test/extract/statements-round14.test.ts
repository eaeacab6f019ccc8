import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 14; every sentence is invented for its rule. */
describe('round 14: wire leads', () => {
  it('takes a long capitalised title before a postposed speaker and drops a "--" dateline from the text', () => {
    const text = [
      'KUALA BELAIT, Oct 3 (Wirenews) -- Nearly half of the durian orchards in Temburong have been hit by root rot since June, said Belait Forestry, Parks and Rural Affairs Minister Hafizah Omar Sallehuddin.',
      '',
      'Hafizah said the ministry would pay for new saplings.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Hafizah Omar Sallehuddin: Nearly half of the durian orchards in Temburong have been hit by root rot since June');
    expect(got.some((s) => s.includes('KUALA BELAIT'))).toBe(false);
  });

  it('reads "authorities announced here on Wednesday" as an unnamed report and strips an undashed dated dateline', () => {
    const text = 'Cienfuegos, Mar 4 (Wirenews) The Velarde Library, the oldest public library in the province, will reopen to readers on Monday after a four-year restoration, authorities announced here on Wednesday.';
    expect(facts(text).statements()).toContain(
      'PARAPHRASE -: The Velarde Library, the oldest public library in the province, will reopen to readers on Monday after a four-year restoration',
    );
  });
});

describe('round 14: rulings', () => {
  it('gives the findings of "the three-judge panel" and "The panel ..., saying" to the court acting, not to the court overturned', () => {
    const text = [
      'PORT LOUVAIN — The Court of Appeal on Tuesday restored a ban on a quarry, overturning a ruling of the High Court of Marvale that had allowed it.',
      '',
      'By two votes to one, the three-judge panel held that the Mines Board acted unlawfully when it renewed the licence without a hearing.',
      '',
      'The panel quashed the licence but declined to order the closure of the access road, saying its fate was a matter for the board.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Court of Appeal: the Mines Board acted unlawfully when it renewed the licence without a hearing');
    expect(got).toContain('PARAPHRASE Court of Appeal: its fate was a matter for the board');
  });
});

describe('round 14: what is not the report', () => {
  it('ends the clause at withheld speech: ", but did not give a timetable"', () => {
    const text = 'Deputy spokesman Aldo Ferrante said Rovania and Tesmar would reopen their border "in the coming months", but did not give a timetable.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Aldo Ferrante: Rovania and Tesmar would reopen their border "in the coming months"');
    expect(got.some((s) => s.includes('timetable'))).toBe(false);
  });

  it('reads "conceded defeat" as an act and the coordinated "and said" as the report', () => {
    const text = 'Mr Tandy, who had held the seat since 2019, conceded defeat at the count in Marlow Hall and said voters had sent a clear message about bus fares.';
    const got = facts(text).statements();
    expect(got.some((s) => s.includes('defeat at the count'))).toBe(false);
    expect(got).toContain('PARAPHRASE Tandy: voters had sent a clear message about bus fares');
  });

  it('takes nothing from a relative clause without a pronoun: ", a change the authority has said it is studying"', () => {
    const text = 'She wants the Harbour Fisheries Authority to let small boats land catches at night, a change the authority has said it is studying.';
    expect(facts(text).statements()).toEqual([]);
  });

  it('reads a name after a sentence-opening preposition as no subject: "Under EU rules that took effect ..."', () => {
    const text = 'Under EU rules that took effect in 2027, airlines must refund cancelled tickets within seven days.';
    expect(facts(text).statements()).toEqual([]);
  });
});

describe('round 14: speakers', () => {
  it('gives the words of "A UN spokesperson, X, said" to X, keeping the inner act in the clause', () => {
    const text = 'A UN spokesperson, Ingrid Solheim Varga, said the Secretary-General welcomed the truce as a sign that dialogue could still work.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ingrid Solheim Varga: the Secretary-General welcomed the truce as a sign that dialogue could still work');
  });

  it('takes a three-word pronoun clause after any reporting verb: "admits he was sceptical"', () => {
    const text = 'Her uncle, Ravi Teelock, who ran the farm for years, admits he was sceptical. "She wanted the keys to the old barn," he recalls.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ravi Teelock: he was sceptical');
  });

  it('reads bare plural firms as unnamed speakers, but not "the companies" named before', () => {
    const text = [
      'Mining companies, which buy most of the province\'s power, warned that the cuts would halt two smelters.',
      '',
      'In Matero, one of the busiest markets in the city, small businesses said they were paying more for generators than for rent.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE -: the cuts would halt two smelters');
    expect(got).toContain('PARAPHRASE -: they were paying more for generators than for rent');
  });

  it('gives a bare capitalised title ("Lyonpo said") to the person the article gave it, past a person named between', () => {
    const text = [
      'Lyonpo Pema Wangdi told reporters that the deal "protects every farm on the border."',
      '',
      'Karma Dorji, a yak herder in Haa, said the old fences had been moved twice.',
      '',
      '"This is a good day for the north-west," Lyonpo said.',
    ].join('\n');
    expect(facts(text).statements()).toContain('QUOTE Pema Wangdi: This is a good day for the north-west');
  });

  it('gives "according to figures released by the council" to the council named before', () => {
    const text = 'Orrin Vale District Council has spent more than £900,000 since 2031 clearing fly-tipped tyres from lay-bys, according to figures released by the council in May.';
    expect(facts(text).statements()).toContain('PARAPHRASE Orrin Vale District Council: Orrin Vale District Council has spent more than £900,000 since 2031 clearing fly-tipped tyres from lay-bys');
  });
});
