import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isPageLabel, mastheadEnd } from '../../src/extract/metadata-mastheads';
import { meta, names, boilerplateLines } from './metadata-helpers';

const statements = (text: string) => {
  return extractArticle(text).statements.map((st) => JSON.stringify(st));
};

describe('round 8 mastheads', () => {
  it('takes a newsletter digest title from its first item, not the masthead or tagline', () => {
    const text = 'OSTEL MARKETS MEMO\nYour morning briefing on ports, shipping and trade in the Baltic\nFriday, 7 June 2030 | Issue 88\n\nGood morning. Today: a ferry line changes hands and a port gets a new crane.\n\n---\n\n1. NORVIK FERRIES SOLD TO DALBY GROUP\n\nNorvik Ferries was sold to Dalby Group on Thursday, the companies said.\n\n2. NEW CRANE IN OSTEL\n\nThe port of Ostel installed a crane.';
    const m = meta(text);
    expect(m.title).toBe('NORVIK FERRIES SOLD TO DALBY GROUP');
    expect(m.publishedAt).toBe('2030-06-07');
    expect(m.agency).toBeUndefined();
    expect(names(text)).not.toContain('Ostel Markets Memo');
    expect(names(text).join('|')).not.toMatch(/MARKETS MEMO|Markets Memo/i);
  });
  it('takes no podcast show line for the title', () => {
    const text = 'The Harbour Hour — Episode 112\n\nWhy Norvik is rebuilding its sea wall\n\nMonday, 2 September 2030 · 38 min · Listen on Spotify | Apple Podcasts\n\nHost Elin Dalby asks engineers what the new wall will cost.';
    expect(meta(text)).toMatchObject({ title: 'Why Norvik is rebuilding its sea wall', publishedAt: '2030-09-02' });
    expect(meta(text).agency).toBeUndefined();
    expect(names(text)).not.toContain('Harbour Hour');
  });
  it('finds mastheads only at the top, with an issue or episode number', () => {
    expect(mastheadEnd(['OSTEL MARKETS MEMO', 'Friday, 7 June 2030 | Issue 88', 'Lead story'])).toEqual({ end: 1, digest: true });
    expect(mastheadEnd(['The Harbour Hour — Episode 112', 'Why Norvik is rebuilding'])).toEqual({ end: 1, digest: false });
    expect(mastheadEnd(['Varnia wins the cup', 'By Ana Ruiz | June 2, 2030', 'The team won.'])).toEqual({ end: 0, digest: false });
    expect(mastheadEnd(['Varnia pays a No. 10 debt', 'Ana Ruiz', 'The team won.']).end).toBe(0);
  });
  it('takes no letterhead over a numbered release label and a place-and-date line for the title', () => {
    const text = "PUEBLA STATE PROSECUTOR'S OFFICE\nSocial Communication Unit\n\nPRESS RELEASE No. 77/2030\n\nPuebla, Pue., Friday, 3 May 2030\n\nNINE ARRESTED IN RAIDS ON A STOLEN CAR NETWORK IN THREE MUNICIPALITIES\n\nThe prosecutor's office reports that agents carried out nine search warrants.";
    const m = meta(text);
    expect(m.title).toBe('NINE ARRESTED IN RAIDS ON A STOLEN CAR NETWORK IN THREE MUNICIPALITIES');
    expect(m.dateline).toBe('Puebla, Pue.');
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2030-05-03');
    expect(names(text).join('|')).not.toMatch(/PRESS RELEASE/i);
  });
  it('reads a place with its state abbreviated as the dateline', () => {
    const text = 'Council approves a new bridge over the river\n\nSacramento, Calif., 12 March 2030\n\nThe council voted 5-2 on Tuesday.';
    expect(meta(text)).toMatchObject({ dateline: 'Sacramento, Calif.', publishedAt: '2030-03-12' });
    expect(meta(text).agency).toBeUndefined();
  });
});

describe('round 8 bylines', () => {
  it('takes no desk or section label for the agency', () => {
    const desk = 'Court upholds the detention of a port official\n\nLegal Desk | Wednesday, July 17, 2030 | 6 min read\n\nOSTEL — The court refused to free the official on Wednesday.';
    expect(meta(desk).agency).toBeUndefined();
    expect(meta(desk).publishedAt).toBe('2030-07-17');
    const section = 'Varnian MPs question the energy minister\n\nPolitics | 20/06/2030 | 21:40\n\nVarnia\'s parliament questioned the minister for three hours.';
    expect(meta(section).agency).toBeUndefined();
    expect(meta(section).publishedAt).toBe('2030-06-20');
    expect(isPageLabel('Legal Desk')).toBe(true);
    expect(isPageLabel('World News')).toBe(true);
    expect(isPageLabel('Kyodo')).toBe(false);
  });
  it('keeps a wire as the agency before a date', () => {
    expect(meta('Storm closes Ostel port\n\nReuters | June 3, 2030\n\nThe port closed on Monday.').agency).toBe('Reuters');
  });
  it('takes no month of a second date for the dateline', () => {
    const text = 'Council backs a flood wall after a 6-3 vote\n\nAna Ruiz · CBC News · Posted: Mar 14, 2030 4:00 AM EDT | Last Updated: March 14, 2030\n\nThe council voted on Wednesday.';
    const m = meta(text);
    expect(m.dateline).toBeUndefined();
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2030-03-14');
  });
});

describe('round 8 datelines after captions and fact boxes', () => {
  it('reads a capitals dateline after a [Photo] caption with a credit in brackets', () => {
    const text = 'CULTURE | VARNIA\n\nMUSIC RETURNS TO THE OLD TEMPLE AFTER SIX SILENT SUMMERS\n\nBy Elin Dalby | Friday, 26 July 2030 | 5 min read\n\n[Photo] The temple lit up during the rehearsal. (Credit: Karo Vennström / Bloomberg)\n\nTYRE — For the first time in six years the festival opens on Saturday.';
    expect(meta(text)).toMatchObject({ dateline: 'TYRE', title: 'MUSIC RETURNS TO THE OLD TEMPLE AFTER SIX SILENT SUMMERS', publishedAt: '2030-07-26' });
    expect(names(text)).not.toContain('Karo Vennström');
    expect(names(text)).not.toContain('Elin Dalby');
  });
  it('reads a dateline after an image caption with a slash credit in brackets', () => {
    const text = 'Council backs a flood wall\n\nBy Ana Ruiz | March 14, 2030\n\n[Image] Water covered streets in May. (Karo Vennström/Radio Ostel)\n\nHALIFAX — The council voted on Wednesday.';
    expect(meta(text).dateline).toBe('HALIFAX');
  });
  it('reads a dateline after a fact box of field lines', () => {
    const text = 'Court upholds detention of alleged fuel-theft boss\n\nLegal Desk | Wednesday, July 17, 2030 | 6 min read\n\nJUDGMENT SUMMARY\nCase: Appeal 1127/2030\nCourt: First Chamber\nVote: 4–1\n\nMONTERREY — The First Chamber on Wednesday refused to free the man.';
    expect(meta(text)).toMatchObject({ dateline: 'MONTERREY', publishedAt: '2030-07-17' });
  });
});

describe('round 8 boilerplate', () => {
  it('excludes newsletter and podcast footers and production credits', () => {
    const text = 'Body.\n\nRead the full stories on our website. Forwarded this email? Subscribe here. Unsubscribe | Manage preferences\n\nCredits: Produced by Elin Dalby. Music by Karo Vennström.\n\nProduced by Elin Dalby\n\nComments (48) · Sign in to comment\n\n-- o0o --\n\nFollow us on social media: @OstelPolice';
    expect(boilerplateLines(text)).toEqual([
      'Read the full stories on our website. Forwarded this email? Subscribe here. Unsubscribe | Manage preferences',
      'Credits: Produced by Elin Dalby. Music by Karo Vennström.',
      'Produced by Elin Dalby',
      'Comments (48) · Sign in to comment',
      '-- o0o --',
      'Follow us on social media: @OstelPolice',
    ]);
  });
  it('excludes a site footer of links and a tip line', () => {
    const text = 'Body.\n\nDo you have a story tip? Email desk@example.com\n\nRadio Ostel\'s Journalistic Standards and Practices | About Ostel News\n\nCorrections and clarifications | Submit a news tip | Report error';
    expect(boilerplateLines(text)).toHaveLength(3);
  });
  it('keeps a body sentence that mentions contacting or standards', () => {
    const text = 'The council said residents should contact us through the portal if they need help.\n\nThe ministry published new standards and practices for builders.';
    expect(boilerplateLines(text)).toEqual([]);
  });
  it('excludes a byline with two writers in capitals and a contributor line with a place', () => {
    const text = 'EXPLAINER: Why fever is spreading in the rice belt\n\nBy ELIN DALBY and KARO VENNSTRÖM\nUpdated 11:20 AM GMT+5:30, August 7, 2030\n\nOSTEL (AP) — Varnia has recorded 9,800 cases.\n\n___\n\nAssociated Press writer Karo Vennström contributed from Norvik.';
    expect(boilerplateLines(text)).toContain('By ELIN DALBY and KARO VENNSTRÖM');
    expect(boilerplateLines(text)).toContain('Associated Press writer Karo Vennström contributed from Norvik.');
    const n = names(text);
    expect(n).not.toContain('Elin Dalby');
    expect(n).not.toContain('Karo Vennström');
  });
  it('names nobody from a caption credit after the caption', () => {
    const text = 'Festival opens in the old city\n\nThe festival opened on Saturday, its director Mira Hansdottir said.\n\n[Photo] An oud player at his home. (Credit: Karo Vennström)\n\nTickets are on sale.';
    expect(names(text)).not.toContain('Karo Vennström');
    expect(names(text)).toContain('Mira Hansdottir');
  });
});

describe('round 8 mainstream pages', () => {
  it('reads an AP wire page', () => {
    const text = 'Varnia floods force thousands from their homes\n\nBy ANA RUIZ and TOM HALE\nUpdated 3:12 PM GMT+2, June 5, 2030\n\nNORVIK, Varnia (AP) — Floods forced thousands of people from their homes on Wednesday, officials said.\n\n"We have never seen water like this," said Mayor Elin Dalby.\n\n___\n\nAssociated Press writer Karo Vennström in Ostel contributed to this report.\n\nCopyright 2030 The Associated Press. All Rights Reserved.';
    const m = meta(text);
    expect(m).toMatchObject({ title: 'Varnia floods force thousands from their homes', dateline: 'NORVIK, Varnia', agency: 'AP', publishedAt: '2030-06-05' });
    expect(names(text)).not.toContain('Ana Ruiz');
    expect(names(text)).not.toContain('Karo Vennström');
    expect(statements(text).join(' ')).not.toMatch(/contributed|Copyright/);
  });
  it('reads a Reuters wire page', () => {
    const text = 'Ostel port closes as storm nears\n\nBy Ana Ruiz\n\nJune 4, 2030 9:12 AM GMT+1Updated 2 hours ago\n\nOSTEL, June 4 (Reuters) - Ostel port closed on Tuesday, the harbour authority said.\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)\n\nOur Standards: The Thomson Reuters Trust Principles.';
    const m = meta(text);
    expect(m).toMatchObject({ title: 'Ostel port closes as storm nears', dateline: 'OSTEL', agency: 'Reuters', publishedAt: '2030-06-04' });
    expect(names(text)).not.toContain('Tom Hale');
  });
  it('reads AFP, dpa, PA Media, ANI and Xinhua datelines', () => {
    expect(meta('Varnia votes\n\nNorvik (AFP) - Varnians voted on Sunday.').agency).toBe('AFP');
    expect(meta('Varnia votes\n\nBERLIN (dpa) - Varnians in Berlin voted on Sunday.')).toMatchObject({ dateline: 'BERLIN', agency: 'dpa' });
    expect(meta('Varnia votes\n\nMumbai, Sep 14 (ANI) The court heard the case on Friday.')).toMatchObject({ dateline: 'Mumbai', agency: 'ANI' });
    expect(meta('Varnia votes\n\nBEIJING, June 3 (Xinhua) -- China and Varnia signed a deal on Monday.')).toMatchObject({ dateline: 'BEIJING', agency: 'Xinhua' });
    expect(meta('Varnia votes\n\nBy Ana Ruiz, PA Media\n\nBrexit talks resumed on Monday, officials said.').agency).toBe('PA Media');
  });
  it('reads Guardian, Straits Times and Irish Times web pages without taking the paper as the agency', () => {
    const guardian = 'World news\n\nVarnia\'s ferry strike enters second week\n\nAna Ruiz in Norvik\nWed 5 Jun 2030 08.00 BST\n\nFerry workers in Varnia stayed off work for a seventh day on Wednesday.\n\nReuse this content';
    const g = meta(guardian);
    expect(g.title).toBe('Varnia\'s ferry strike enters second week');
    expect(g.publishedAt).toBe('2030-06-05');
    expect(g.agency).toBeUndefined();
    const straits = 'Varnia opens new port\n\nAna Ruiz\nUpdated Jun 05, 2030, 08:00 PM\nPublished Jun 05, 2030, 06:00 PM\n\nSINGAPORE - Varnia opened a new port on Wednesday.\n\nJoin ST\'s Telegram channel and get the latest breaking news delivered to you.';
    expect(meta(straits)).toMatchObject({ title: 'Varnia opens new port', dateline: 'SINGAPORE', publishedAt: '2030-06-05' });
    expect(meta(straits).agency).toBeUndefined();
    const irish = 'Varnia opens new port\n\nThe Irish Times | Wed Jun 5 2030 - 06:00\n\nVarnia opened a new port on Wednesday.';
    expect(meta(irish).agency).toBeUndefined();
  });
  it('reads Hindu, Toronto Star, Sydney Morning Herald and Daily Nation bylines', () => {
    const hindu = 'Varnia opens a consulate in Chennai\n\nUpdated - June 05, 2030 08:12 pm IST - CHENNAI\n\nVarnia opened a consulate in Chennai on Wednesday.';
    expect(meta(hindu).publishedAt).toBe('2030-06-05');
    expect(meta(hindu).agency).toBeUndefined();
    const star = 'Varnia ferry deal angers unions\n\nBy Ana Ruiz Staff Reporter\nWed., June 5, 2030 timer 3 min. read\n\nUnions in Varnia said the deal was unfair.';
    expect(meta(star).publishedAt).toBe('2030-06-05');
    expect(meta(star).agency).toBeUndefined();
    const smh = 'Varnia ferry deal angers unions\n\nBy Ana Ruiz\nJune 5, 2030 — 6.00am\n\nUnions in Varnia said the deal was unfair.';
    expect(meta(smh).publishedAt).toBe('2030-06-05');
    expect(meta(smh).agency).toBeUndefined();
    const nation = 'Varnia ferry deal angers unions\n\nNews\nBy Ana Ruiz\nNation Media Group\nJune 05 2030\n\nUnions in Varnia said the deal was unfair.';
    expect(meta(nation).publishedAt).toBe('2030-06-05');
    expect(meta(nation).agency).toBeUndefined();
  });
});
