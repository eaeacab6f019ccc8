import { describe, expect, it } from 'vitest';
import { boilerplateLines, meta, names } from './metadata-helpers';

describe('round 25 boilerplate', () => {
  it("drops a court page's presumption-of-innocence note and reads the dateline under it", () => {
    const text =
      'THE NORTHERN STAR\n\nIN THE COURTS: Fisherman fined, Kessby theft case adjourned\n\nCompiled by Ana Ruiz, Courts Reporter | Friday, 7 March 2036\n\n' +
      'All accused persons are presumed innocent until proven guilty. Cases are reported as heard in open court.\n\n' +
      'KESSBY — A round-up of matters heard this week in the magistrates courts of the district.\n\nA fisherman was fined $900 on Monday, the court heard.';
    expect(boilerplateLines(text)).toContain('All accused persons are presumed innocent until proven guilty. Cases are reported as heard in open court.');
    expect(meta(text).dateline).toBe('KESSBY');
  });
  it('keeps a sentence about the presumption of innocence that says more', () => {
    const text = 'The accused are presumed innocent until proven guilty, the judge told the jury before the trial of Tom Hale opened.';
    expect(boilerplateLines(text)).toEqual([]);
  });
  it("drops a tip line with the page's beat before 'tip'", () => {
    const text = 'The council met on Monday.\n\nHave a court story tip? Email newsdesk@northernstar.example\n\nGot a local news tip? Call us.';
    expect(boilerplateLines(text)).toEqual(['Have a court story tip? Email newsdesk@northernstar.example', 'Got a local news tip? Call us.']);
  });
  it('drops a follow prompt naming the page', () => {
    const text = 'The strike went on for a second day.\n\nFollow the Harbour Courier for updates on the strike.\n\nFollow us on Telegram for live updates.';
    expect(boilerplateLines(text)).toEqual(['Follow the Harbour Courier for updates on the strike.', 'Follow us on Telegram for live updates.']);
  });
  it('keeps a body sentence that opens with Follow', () => {
    const text = 'Follow the money, Inspector Dana Vell told the committee on Monday.';
    expect(boilerplateLines(text)).toEqual([]);
  });
  it('drops a prompt to get the headlines through a messaging service, and its service is no entity', () => {
    const text = `${'Port Lindell ferry delayed after engine fault'}\n\nThe ferry to Port Lindell was delayed on Monday, the operator Kessby Marine said.\n\nGet the Harbour Gazette morning headlines by WhatsApp. Sign up here.\n\nReceive our breaking news alerts via Telegram.`;
    expect(boilerplateLines(text)).toEqual(['Get the Harbour Gazette morning headlines by WhatsApp. Sign up here.', 'Receive our breaking news alerts via Telegram.']);
    expect(names(text)).not.toContain('WhatsApp');
  });
});

describe('round 25 signature block', () => {
  it("reads the signer of a notice's signature block as a person", () => {
    const text =
      'Three candidates stand in Kessby by-election\n\nKESSBY — Three candidates will contest the by-election, the Returning Officer said.\n\n' +
      'Dated 2 May 2036\n\nMarta Oyelaran-Vik\nReturning Officer\nKessby\n\nOyelaran-Vik said turnout would be high.';
    expect(names(text)).toContain('Marta Oyelaran-Vik');
  });
});
