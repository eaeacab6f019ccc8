import { describe, expect, it } from 'vitest';
import { facts } from './facts';

const SPORT = ' The coach praised the defender after the match, and the club said the season was not over.';

describe('entity names: articles, particles and connectors', () => {
  it('drops "the" after a sentence-opening preposition', () => {
    expect(facts('At the Okpara Specialist Teaching Hospital in the east, wards were full.').entities()).toContain('ORGANIZATION:Okpara Specialist Teaching Hospital');
  });

  it('keeps a capitalised name particle mid-sentence, not an article', () => {
    expect(facts('Students from De Vaalhof University will run a survey.').entities()).toEqual(['ORGANIZATION:De Vaalhof University']);
  });

  it('joins "on" after an organisation word', () => {
    expect(facts('Doses came from the International Working Group on Ocean Acidity, officials said.').entities()).toEqual(['ORGANIZATION:International Working Group on Ocean Acidity']);
    expect(facts('The Harbour Council on Monday approved the plan.').entities()).toEqual(['ORGANIZATION:Harbour Council']);
  });

  it('reads a demonym, two nouns joined by "and" and an organisation word as one name', () => {
    expect(facts('A spokesman for the Ghanaian Cocoa and Timber Board said prices rose.').entities()).toEqual(['ORGANIZATION:Ghanaian Cocoa and Timber Board']);
    expect(facts('Funds came from the Nordic Investment Bank and World Bank last year.').entities()).toEqual(['ORGANIZATION:Nordic Investment Bank', 'ORGANIZATION:World Bank']);
  });

  it('splits two organisations at a plural possessive, and an organisation from an acronym', () => {
    expect(facts("She works at the Alpine Academy of Sciences' Institute of Glacier Research in the north.").entities()).toEqual(['ORGANIZATION:Alpine Academy of Sciences', 'ORGANIZATION:Institute of Glacier Research']);
    // A lone unknown acronym is left out; the organisation no longer takes it in.
    expect(facts('The study was funded by the Research Council of Norway and GLACNET.').entities()).toEqual(['ORGANIZATION:Research Council of Norway']);
  });
});

describe('entity kinds: clubs and competitions', () => {
  it('reads "League" after a competition word as an event, no entity', () => {
    expect(facts('The two sides meet in the Nations League in June.').entities()).toEqual([]);
    expect(facts('He started a Champions League match for the first time.').entities()).toEqual([]);
  });

  it('reads a town with a team cue in a sports report as its club', () => {
    const f = facts(`Their next game is a derby against Valencia on Sunday.${SPORT}`);
    expect(f.entities()).toContain('ORGANIZATION:Valencia');
    expect(facts(`Valencia coach Luis Marco was angry.${SPORT}`).entities()).toContain('ORGANIZATION:Valencia');
    // Outside a sports report the town stays a place.
    expect(facts('Protesters marched against Valencia officials on Sunday.').entities()).toContain('PLACE:Valencia');
  });

  it('reads a known town and "City" as a club in a sports report', () => {
    expect(facts(`Hosts Ulmara beat Perth City 2-1 on Wednesday.${SPORT}`).entities()).toContain('ORGANIZATION:Perth City');
  });

  it('reads any name played for in a sports report as a club', () => {
    expect(facts(`He scored 20 goals while playing for Karvastor last season.${SPORT}`).entities()).toContain('ORGANIZATION:Karvastor');
  });

  it('joins a club named by town, word and organisation word with that middle word', () => {
    const f = facts(`Dnipro Falcons beat Bursa Yeşilvadi Basket 81-79. Yeşilvadi had led early. Yeşilvadi coach Ali Demir was calm.${SPORT}`);
    expect(f.entities()).toContain('ORGANIZATION:Bursa Yeşilvadi Basket');
    expect(f.entities()).not.toContain('PLACE:Yeşilvadi');
    expect(f.entities()).not.toContain('ORGANIZATION:Yeşilvadi');
  });
});
