import { describe, expect, it } from 'vitest';
import { names, boilerplateLines } from './metadata-helpers';

const STORY = 'Ferry fares rise on the Lindell route\n\nLINDELL — Fares on the Lindell ferry will rise by 8 percent in June, the operator Baywater Lines said on Monday.';

describe('round 12 boilerplate', () => {
  it('drops a briefing prompt that delivers to the inbox, naming the paper', () => {
    const text = `${STORY}\n\nGet the evening digest from the Harbour Ledger in your inbox. Sign up here.`;
    expect(boilerplateLines(text)).toContain('Get the evening digest from the Harbour Ledger in your inbox. Sign up here.');
    expect(names(text)).not.toContain('Harbour Ledger');
  });
  it('drops a prompt to follow the paper on a news aggregator', () => {
    const text = `${STORY}\n\nFollow the Lakeside Courier on Google News`;
    expect(boilerplateLines(text)).toContain('Follow the Lakeside Courier on Google News');
    expect(names(text)).not.toContain('Google');
    expect(names(text)).not.toContain('Lakeside Courier');
  });
  it("drops a paper's print credit at the foot, not a sentence about a publication", () => {
    const text = `${STORY}\n\nPublished in Morning Crescent, March 3rd, 2032`;
    expect(boilerplateLines(text)).toContain('Published in Morning Crescent, March 3rd, 2032');
    expect(names(text)).not.toContain('Morning Crescent');
    const study = 'Coral study\n\nPublished in Marine Letters, the study was led by Ana Ruiz of the University of Lindell, who said the reef was recovering.';
    expect(boilerplateLines(study)).toEqual([]);
  });
  it('drops "RELATED" and "Related articles" without a colon and the headlines under them, to a blank line', () => {
    const text = `${STORY}\n\nRELATED\nPort strike ends after two days, union says\nBaywater Lines orders two new ferries\n\nThe operator said the rise was its first since 2029.`;
    const lines = boilerplateLines(text);
    expect(lines).toEqual(expect.arrayContaining(['RELATED', 'Port strike ends after two days, union says', 'Baywater Lines orders two new ferries']));
    expect(lines).not.toContain('The operator said the rise was its first since 2029.');
    expect(boilerplateLines(`${STORY}\n\nRelated articles\nPort strike ends after two days`)).toContain('Port strike ends after two days');
  });
  it('drops a staff credit field written in capitals', () => {
    expect(boilerplateLines(`${STORY}\n\nWRITER: Web Desk`)).toContain('WRITER: Web Desk');
    expect(boilerplateLines(`${STORY}\n\nPHOTOGRAPHER: Ana Ruiz`)).toContain('PHOTOGRAPHER: Ana Ruiz');
  });
  it("drops any wire's one-word sign-off closing the story, in brackets or an acronym alone, also over a copyright line", () => {
    expect(boilerplateLines(`${STORY}\n\n(Tanjug)`)).toContain('(Tanjug)');
    expect(boilerplateLines(`${STORY}\n\nMENA`)).toContain('MENA');
    expect(boilerplateLines(`${STORY}\n\n/Romnews/`)).toContain('/Romnews/');
    expect(boilerplateLines(`${STORY}\n\n(Tanjug)\n\n© Lindell Post 2032`)).toContain('(Tanjug)');
    expect(names(`${STORY}\n\n(Tanjug)`)).not.toContain('Tanjug');
  });
  it('keeps a last line that is a sentence or a name in a longer line', () => {
    expect(boilerplateLines(`${STORY}\n\nThe ferry runs twice a day.`)).toEqual([]);
    expect(boilerplateLines(`${STORY}\n\nBaywater Lines (BWL)`)).toEqual([]);
  });
  it("drops a wire's name with its desk's initials at the foot", () => {
    expect(boilerplateLines(`${STORY}\n\nEFE abc/dfg/hk`)).toContain('EFE abc/dfg/hk');
    expect(boilerplateLines(`${STORY}\n\nPTI AB CDE FG`)).toContain('PTI AB CDE FG');
  });
});

describe('round 12 furniture inside sentences', () => {
  it("drops a caption's photo credit after a dash or in brackets", () => {
    const dash = `${STORY}\n\n[Photo] A boy cools off at a fountain in Lindell on Monday. — Photo by Sana Iqbal / Crescent Images\n\nThe heat will last until Friday, the weather office said.`;
    expect(names(dash)).not.toContain('Crescent Images');
    expect(names(dash)).not.toContain('Sana Iqbal');
    const bracket = `${STORY}\n\nA boy cools off at a fountain in Lindell on Monday. (Photo: Farid Ansari)\n\nThe heat will last until Friday.`;
    expect(names(bracket)).not.toContain('Farid Ansari');
    expect(names(bracket)).toContain('Lindell');
  });
  it('reads a capitals heading with a note in brackets as a heading, whose capitals name nothing', () => {
    const text = `${STORY}\n\nMAIN EXCHANGES (from the hearing record)\n\nCouncillor Ana Ruiz: Why did fares rise?\n\nBaywater Lines: Fuel costs more.`;
    const n = names(text);
    expect(n).not.toContain('Main Exchanges');
    expect(n).not.toContain('MAIN EXCHANGES');
    expect(n).toContain('Ana Ruiz');
  });
});
