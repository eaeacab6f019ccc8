import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 11; every sentence is invented for its rule. */
describe('round 11: quotes with the comma outside the marks', () => {
  it('resolves a capitalised title of two words ("the Prime Minister said") to the person holding it', () => {
    const text = [
      'Prime Minister Halvard Stenmark opened the new hydro plant near Lyngdal on Friday.',
      '',
      '“Twenty years ago this valley had no road. Today it lights half of the county”, the Prime Minister said.',
    ].join('\n');
    expect(facts(text).statements()).toContain('QUOTE Halvard Stenmark: Twenty years ago this valley had no road. Today it lights half of the county');
  });

  it('gives no paraphrase for the second sentence of a split quote whose comma stands outside the marks', () => {
    const text = [
      'Orvane Cement chief executive Pietro Valdoni spoke at the plant on Monday.',
      '',
      '“The kiln runs day and night. The trouble has never been the kiln, it has been the trucks”, Valdoni said. “With rail we can ship twice as much.”',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Pietro Valdoni: The kiln runs day and night. The trouble has never been the kiln, it has been the trucks With rail we can ship twice as much.');
    expect(got.filter((s) => s.startsWith('PARAPHRASE'))).toEqual([]);
  });
});

describe('round 11: appeals', () => {
  it('gives no statement for a named speaker calling for a thing (noun phrase only)', () => {
    const text = 'The Green Coast Alliance called for an independent audit of the harbour budget.';
    expect(facts(text).statements()).toEqual([]);
  });

  it('still reads "called for X to ..." as what is asked', () => {
    const text = 'The Green Coast Alliance called for the harbour board to publish its accounts before the vote.';
    expect(facts(text).statements()).toContain('PARAPHRASE Green Coast Alliance: the harbour board to publish its accounts before the vote');
  });
});

describe('round 11: who speaks', () => {
  it('gives "the two governments" the last pair of countries the article named', () => {
    const text = [
      'Peru and Ecuador on Monday signed a treaty on the shared river basin near Tumbes.',
      '',
      'In a joint statement, the two governments said they would build two new bridges over the river before the end of next year.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Peru: they would build two new bridges over the river before the end of next year');
    expect(got).toContain('PARAPHRASE Ecuador: they would build two new bridges over the river before the end of next year');
  });

  it('resolves an age-only subject ("The 52-year-old said") to the person last named', () => {
    const text = 'Coach Renata Lindqvist praised her defence after the match in Malmo. The 52-year-old said the team had trained for that formation since the winter break.';
    expect(facts(text).statements()).toContain('PARAPHRASE Renata Lindqvist: the team had trained for that formation since the winter break');
  });

  it('prefers the person the article gave that age ("Tomas Berg, 29,")', () => {
    const text = 'Tomas Berg, 29, scored twice for the visitors. His coach Renata Lindqvist was pleased. The 29-year-old said he had waited all season for a game like that one.';
    expect(facts(text).statements()).toContain('PARAPHRASE Tomas Berg: he had waited all season for a game like that one');
  });

  it('lets "he said" continue the man reporting, not a man named inside his reported clause', () => {
    const text = [
      'Coach Pablo Arriaga said the referee should have sent off a defender when striker Peter Hruby was pulled down in the box.',
      '',
      '"Everyone in the ground saw the foul except the one man who had to see it," he said.',
    ].join('\n');
    expect(facts(text).statements()).toContain('QUOTE Pablo Arriaga: Everyone in the ground saw the foul except the one man who had to see it');
  });
});

describe('round 11: reported clauses', () => {
  it('skips the appositive of the one addressed before the that-clause ("told X, the ... agency, that")', () => {
    const text = 'Governor Lucia Ferreira told Radio Sul, the regional public broadcaster, that about 900 families would receive new land titles this year.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Lucia Ferreira: about 900 families would receive new land titles this year');
    expect(got.some((s) => s.includes('broadcaster'))).toBe(false);
  });

  it('keeps a backshifted clause coordinated after an inserted attribution ("..., he said, and traffic would resume")', () => {
    const text = 'Regional Governor Tomasz Wierzba inspected the damage on Monday. Army engineers were rebuilding the bridge, he said, and the ferry would run again on Friday.';
    expect(facts(text).statements()).toContain('PARAPHRASE Tomasz Wierzba: Army engineers were rebuilding the bridge, and the ferry would run again on Friday');
  });

  it('does not continue the report with a verb of the speaker\'s own after the attribution ("..., he said, and warned prices would ...")', () => {
    const text = 'Trade Minister Jonas Vilkas spoke in Kaunas. Exports were falling, he said, and warned prices would rise in the spring.';
    expect(facts(text).statements()).not.toContain('PARAPHRASE Jonas Vilkas: Exports were falling, and warned prices would rise in the spring');
  });

  it('drops the writer\'s circumstance after a dated inverted attribution ("..., the minister said on Tuesday as hospitals ...")', () => {
    const text = 'Dengue has killed 31 people in the province since June, Health Minister Ravi Menon said on Tuesday as clinics struggled with long queues.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Ravi Menon: Dengue has killed 31 people in the province since June');
    expect(got.some((s) => s.includes('clinics struggled'))).toBe(false);
  });

  it('keeps "as many as" after a dated verb as the clause itself', () => {
    const text = 'Speaking at the flooded school in Tarlac on Monday, Mayor Elena Cruz said on Monday as many as 300 families had lost their homes.';
    expect(facts(text).statements()).toContain('PARAPHRASE Elena Cruz: as many as 300 families had lost their homes');
  });
});
