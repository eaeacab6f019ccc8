import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 21 section lines between bars', () => {
  it('takes no section line of capitalised labels between bars for the title', () => {
    const text =
      'MARKETS | LUSAKA SECURITIES EXCHANGE | WEEKLY WRAP\n\nLuSE wrap: miners drag index lower as Kafue Copper slides\n\nFriday, 4 June 2032 | Market close report, 16:00 CAT\nBy Mwila Banda, Markets Reporter\n\nMining shares pulled the Lusaka Securities Exchange lower on Friday, dealers said.';
    const m = meta(text);
    expect(m.title).toBe('LuSE wrap: miners drag index lower as Kafue Copper slides');
    expect(m.publishedAt).toBe('2032-06-04');
  });
  it('reads labels in Title Case between bars as a section line too', () => {
    const text = 'News | Regional Court Reports | Week Ahead\n\nJudge delays ruling on Norvik harbour dredging\n\nBy Ana Ruiz | 3 May 2031\n\nThe ruling was delayed on Friday.';
    expect(meta(text).title).toBe('Judge delays ruling on Norvik harbour dredging');
  });
  it('keeps a headline with a site name after a bar as the title', () => {
    const text = 'Floods cut the road to Varnia for a second day | Harbour Times\n\nBy Ana Ruiz | 3 May 2031\n\nThe road was closed on Friday.';
    expect(meta(text).title).toBe('Floods cut the road to Varnia for a second day | Harbour Times');
  });
});

describe('round 21 results tables under a heading', () => {
  it('keeps a results block with its heading as body text, not a headline list', () => {
    const text =
      'Ruiz wins the mountain ultra at last\n\nBy Tom Hale | 12 May 2031\n\nAna Ruiz won the race on Saturday, organisers said.\n\nRESULTS — Tarvel Skyrace (90 km)\nMen: 1. Piet Oosterhof (Netherlands) 10:41:18; 2. Luka Varga (Croatia) 11:00:07\nWomen: 1. Ana Ruiz (Chile) 12:12:45; 2. Ingrid Solheim (Norway) 12:44:30\n\nRelated:\nTarvel to cap field as erosion grows\nWhy the skyrace moved to May';
    const bp = boilerplateLines(text);
    expect(bp).not.toContain('Men: 1. Piet Oosterhof (Netherlands) 10:41:18; 2. Luka Varga (Croatia) 11:00:07');
    expect(bp).not.toContain('Women: 1. Ana Ruiz (Chile) 12:12:45; 2. Ingrid Solheim (Norway) 12:44:30');
    // The related links stay furniture.
    expect(bp).toContain('Tarvel to cap field as erosion grows');
    expect(names(text)).toEqual(expect.arrayContaining(['Ingrid Solheim', 'Norway']));
  });
  it('still drops three bare Title Case headlines in a row', () => {
    const text = 'The port reopened on Monday.\n\nHarbour Board Approves New Terminal Plan\nFerry Fares Rise Again Across The Islands\nStorm Damage Closes Northern Coastal Road';
    expect(boilerplateLines(text)).toContain('Ferry Fares Rise Again Across The Islands');
  });
});

describe("round 21 a reporter's notebook", () => {
  const text =
    "FIELD NOTES\n\nLetter from Tarvel: four days at the salt fair\n\nNotes from the road by our Andes correspondent\nBy Ines Quispe-Larsen | Published 9 March 2033\n\nEvery year I promise myself I will skip the fair. This year Rosa Mamani, a trader, told me prices had doubled.\n\nInes Quispe-Larsen is our correspondent for Peru, Bolivia and Chile. Field Notes appears every Saturday.";
  it('drops the credit line naming the page\'s own correspondent', () => {
    expect(boilerplateLines(text)).toContain('Notes from the road by our Andes correspondent');
    expect(names(text)).not.toContain('Andes');
  });
  it("drops the writer's bio line with the column's schedule", () => {
    expect(boilerplateLines(text)).toContain('Ines Quispe-Larsen is our correspondent for Peru, Bolivia and Chile. Field Notes appears every Saturday.');
    expect(names(text)).not.toEqual(expect.arrayContaining(['Bolivia']));
    expect(names(text)).toContain('Rosa Mamani');
    expect(meta(text)).toMatchObject({ title: 'Letter from Tarvel: four days at the salt fair', publishedAt: '2033-03-09' });
  });
  it('keeps a story sentence that ends with a full stop', () => {
    const body = 'The ruling was welcomed by our readers in Tarvel.';
    expect(boilerplateLines(`Headline on the ruling\n\n${body}`)).not.toContain(body);
    expect(boilerplateLines('From our correspondent in Port Varna')).toEqual(['From our correspondent in Port Varna']);
  });
});

describe('round 21 report disclaimers and sign-offs', () => {
  it("drops a market report's own advice disclaimer", () => {
    const line = 'Prices are closing prices in kwacha. Market data: LuSE. This report is for information only and is not investment advice.';
    expect(boilerplateLines(`Miners drag index lower\n\nShares fell on Friday.\n\n${line}`)).toContain(line);
    const quote = 'The minister said the plan was not investment advice but a warning.';
    expect(boilerplateLines(`Miners drag index lower\n\n${quote}`)).not.toContain(quote);
  });
  it("drops an official text's 'Done in' sign-off and the signatory block under it", () => {
    const text =
      'Cabinet approves a new port tariff\n\nThe Council of Ministers met on Thursday in Port Varna.\n\nDone in Port Varna, 12 August 2034\n\nThe Minister of Information, Government Spokesman,\nAmadou Kettel-Bamba\n\n—\n\nReaction: the Varna Shippers Council said it opposed the tariff.';
    const bp = boilerplateLines(text);
    expect(bp).toEqual(expect.arrayContaining(['Done in Port Varna, 12 August 2034', 'The Minister of Information, Government Spokesman,', 'Amadou Kettel-Bamba']));
    expect(bp.join('|')).not.toMatch(/Reaction/);
    expect(names(text)).not.toContain('Amadou Kettel-Bamba');
  });
});
