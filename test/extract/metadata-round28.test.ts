import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines, furniture } from './metadata-helpers';

describe('round 28 header', () => {
  it('reads a normal-case dateline with the full date and a wire in brackets before a full stop and a dash, EFE style', () => {
    const text = 'Varnian regulator clears takeover of Banco Ostel\n\nPuerto Lindo, Mar 4, 2039 (EFE).- Varnia\'s bank regulator on Monday approved the sale of Banco Ostel, officials said.';
    const m = meta(text);
    expect(m.dateline).toBe('Puerto Lindo');
    expect(m.agency).toBe('EFE');
    expect(m.publishedAt).toBe('2039-03-04');
  });
  it("takes a teletext page's header and subpage line for furniture, its date for the page's, and the headline under them for the title", () => {
    const text = [
      'SVT TEXT 130  NYHETER   Wed 03.06.2037 18:05',
      '',
      '130 1/2',
      '',
      'ORSBERG MILL TO SHUT IN AUTUMN',
      '',
      'ORSBERG - The paper mill in Orsberg will shut in October, its owner Dalvik Paper said on Tuesday.',
      '',
      '130 2/2',
      '',
      'About 300 jobs will go, the company said.',
      '',
      ' 131 Sweden  132 World  133 Sport  100 Index',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe('ORSBERG MILL TO SHUT IN AUTUMN');
    expect(m.dateline).toBe('ORSBERG');
    expect(m.publishedAt).toBe('2037-06-03');
    expect(names(text).some((n) => /SVT|Nyheter|NYHETER/i.test(n))).toBe(false);
    expect(boilerplateLines(text)).toEqual(['130 1/2', '130 2/2', '131 Sweden  132 World  133 Sport  100 Index']);
  });
  it('keeps a line with a number and a time that is no teletext header as the title', () => {
    const text = 'Ferry 130 delayed by storm until 18:05\n\nORSBERG - The ferry was delayed on Tuesday, its operator said.';
    expect(meta(text).title).toBe('Ferry 130 delayed by storm until 18:05');
  });
});

describe('round 28 furniture', () => {
  it("drops a bracketed caption's label in any case, keeping the caption", () => {
    const text = '[PHOTO: Pilgrims walk to the chapel in Ostel on Sunday. Photo by Ana Ruiz / Courier]\n\nThe chapel reopened on Sunday.';
    expect(furniture(text)).toContain('PHOTO');
    expect(furniture('[Image: Boats in the harbour at Lindell.]\n\nThe boats stayed in port.')).toContain('Image');
    expect(names(text)).not.toContain('PHOTO');
    expect(names(text)).not.toContain('Photo');
  });
  it("takes a writer's 'reported from' credit at the foot for boilerplate, not a body sentence", () => {
    const text = 'The council approved the plan on Monday.\n\nOkonjo reported from Lindell, Varnia.\nRuiz and Hale reported from Ostel.';
    expect(boilerplateLines(text)).toEqual(['Okonjo reported from Lindell, Varnia.', 'Ruiz and Hale reported from Ostel.']);
    expect(boilerplateLines('Police reported from the scene that two people had been hurt.')).toEqual([]);
  });
});
