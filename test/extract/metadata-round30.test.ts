import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 30 header', () => {
  it('reads a capitals dateline with the day and the agency in brackets before a colon', () => {
    const text = 'Flood damages bridge in Varnia valley\n\nOSTEL, Aug 3 (VNA): A flood damaged a bridge in the Varnia valley on Monday, officials said.\n\nThe road was closed for several hours.';
    const m = meta(text);
    expect(m.dateline).toBe('OSTEL');
    expect(m.agency).toBe('VNA');
  });
  it('reads no dateline from a capitals kicker with a colon and no day', () => {
    const text = 'Harbour board approves ferry terminal\n\nEXCLUSIVE (VNA): The harbour board on Tuesday approved a new ferry terminal, its chairman said.';
    expect(meta(text).dateline).toBeUndefined();
  });
  it('takes a circular\'s subject line for the title, not its letterhead', () => {
    const text = [
      'LINDELL HARBOUR WORKERS\' FEDERATION',
      'Affiliated to the Varnia Labour Congress',
      '',
      'Home | About | Circulars',
      '',
      'CIRCULAR NO. LHWF/09/2031',
      '',
      'TO: ALL BRANCH SECRETARIES AND MEMBERS',
      'DATE: 4TH JUNE, 2031',
      'SUBJECT: NOTICE OF STRIKE BY CRANE OPERATORS AT OSTEL QUAY',
      '',
      'The Federation informs members that talks with the port company broke down on Friday.',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe('NOTICE OF STRIKE BY CRANE OPERATORS AT OSTEL QUAY');
    expect(names(text)).not.toContain('Varnia Labour Congress');
  });
  it('takes a memo\'s RE: line for the title', () => {
    const text = 'OSTEL CITY COUNCIL\n\nTO: All department heads\nFROM: The Town Clerk\nRE: Closure of the Dalby Street depot\n\nThe depot will close on Monday, the clerk said.';
    expect(meta(text).title).toBe('Closure of the Dalby Street depot');
  });
  it('leaves a header with fields but no subject to the other rules', () => {
    const text = 'Harbour board approves ferry terminal\n\nTO: Editors\nDATE: 4 June 2031\n\nThe harbour board on Tuesday approved a new ferry terminal, its chairman said.';
    expect(meta(text).title).toBe('Harbour board approves ferry terminal');
  });
  it('reads a site\'s name with its "X in English" tagline as the masthead, not the dateline', () => {
    const text = [
      'VARNIA DAILY — Varnia in English',
      '',
      'Home › Culture › Ostel',
      '',
      'Thousands walk the old pilgrims\' road to Ostel as the abbey reopens',
      '',
      'By Ana Ruiz',
      '',
      'OSTEL — Thousands of walkers followed the old pilgrims\' road to the abbey on Sunday, the parish said.',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe('Thousands walk the old pilgrims\' road to Ostel as the abbey reopens');
    expect(m.dateline).toBe('OSTEL');
  });
});

describe('round 30 boilerplate', () => {
  it('drops a wire\'s bilingual staff credits after its name in capitals', () => {
    const text = 'Police seized the goods on Friday, officials said.\n\nVARNPRESS (RO - author: Petra Lund, editor: Karl Dahl; EN - author: Mira Holm, editor: Ole Berg)';
    expect(boilerplateLines(text)).toContain('VARNPRESS (RO - author: Petra Lund, editor: Karl Dahl; EN - author: Mira Holm, editor: Ole Berg)');
  });
  it('drops a letter\'s signature in normal case over the writer\'s post and body', () => {
    const text = 'The Editor,\n\nWe ask only that our record be reported fairly.\n\nMarta Olsen-Brandt\nChief Executive\nDalby Harbour Foods Limited\n\n---\n\nThe paper stands by its report.';
    const lines = boilerplateLines(text);
    expect(lines).toContain('Marta Olsen-Brandt');
    expect(lines).toContain('Chief Executive');
  });
  it('keeps a normal-case name over a single line, which may be a crosshead and its paragraph', () => {
    const text = 'The board met on Monday.\n\nPetra Lund\nPetra Lund was elected chair of the board on Monday after a close vote.';
    expect(boilerplateLines(text)).not.toContain('Petra Lund');
  });
});
