import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 11 header', () => {
  it('takes no agency from a "Publication date:" label, and reads a dateline in normal case with the agency between slashes', () => {
    const text =
      'Frost damages orchards across Transylvania\n\nPublication date: 14-04-2031 09:20\n\nCluj-Napoca, April 14 /Romnews/ - Late frost has damaged apricot and plum orchards across Transylvania, the farm ministry said on Monday.';
    const m = meta(text);
    expect(m.title).toBe('Frost damages orchards across Transylvania');
    expect(m.publishedAt).toBe('2031-04-14');
    expect(m.dateline).toBe('Cluj-Napoca');
    expect(m.agency).toBe('Romnews');
  });
  it('reads a fact box whose labels carry a period ("Case no.:") and the capitals dateline after it', () => {
    const text =
      'Court voids mining licence near Lake Ostrava\n\nPublished: 02.05.2031, 11:10\n\nRULING IN BRIEF\nCourt: Regional Court in Brno\nCase no.: 31 A 44/2030\nOutcome: licence annulled\n\nBRNO — The Regional Court in Brno on Tuesday annulled a mining licence near Lake Ostrava, ruling that the ministry had ignored residents.';
    expect(meta(text).dateline).toBe('BRNO');
  });
  it("skips a paper's masthead over the section and the headline", () => {
    const text =
      'THE HARBOUR HERALD\n\nCity › Transport\n\nFerry operator adds night crossings between the two islands after summer demand\n\nPublished 3 June 2031, 10:00\n\nThe ferry operator said on Monday that it would add two night crossings.';
    expect(meta(text).title).toBe('Ferry operator adds night crossings between the two islands after summer demand');
  });
  it('keeps a short headline that is no masthead', () => {
    const text = 'Post office closes after 90 years\n\nThe village post office in Lindell closed on Friday after 90 years, its owner said.';
    expect(meta(text).title).toBe('Post office closes after 90 years');
  });
  it('reads a breadcrumb whose site name carries a plus sign as a breadcrumb, never the title', () => {
    const text = 'KTV+ › Politics\n\nGreens win most seats in Daugavmala council vote\n\n12.09.2031 18:05\n\nThe Greens won the most seats in Sunday’s council vote, the election commission said.';
    expect(meta(text).title).toBe('Greens win most seats in Daugavmala council vote');
  });
  it('excludes a writer named with the outlet after a comma over the date line', () => {
    const text = 'Greens win most seats in Daugavmala council vote\n\nMarta Liepkalne, KTV+\n12.09.2031 18:05\n\nThe Greens won the most seats in Sunday’s council vote, the election commission said.';
    const r = extractArticle(text);
    expect(r.meta.publishedAt).toBe('2031-09-12');
    expect(r.entities.map((e) => e.name)).not.toContain('Marta Liepkalne');
  });
  it('reads a capitals dateline with the day and then the agency after commas, and takes no month for a place', () => {
    const text =
      'Georgia opens wind farm near Kutaisi\n\n09:40, 9 April 2031\n\nKUTAISI, APRIL 9, GEOPRESS. Georgia’s first large wind farm opened near Kutaisi on Friday, the energy ministry said.\n\nThe farm will supply 90,000 homes, the ministry said.';
    const r = extractArticle(text);
    expect(r.meta.dateline).toBe('KUTAISI');
    expect(r.meta.agency).toBe('GEOPRESS');
    expect(r.entities.map((e) => e.name.toLowerCase())).not.toContain('april');
  });
  it('reads a capitals dateline before a colon when the gazetteer knows the place, and no kicker', () => {
    const body = ': Floods have cut the road to the district hospital, officials said on Tuesday.';
    expect(meta(`Floods cut hospital road\n\nUpdated: 4 July 2031, 8:10 PM IST\n\nSILCHAR${body}`).dateline).toBe('SILCHAR');
    expect(meta(`Floods cut hospital road\n\nUpdated: 4 July 2031, 8:10 PM IST\n\nEXCLUSIVE${body}`).dateline).toBeUndefined();
  });
  it("excludes a broadcaster's writer line with a particle in the name and the writer's post under it", () => {
    const text =
      'Valley line reopens: what you need to know\n\nPublished\n3 May 2031\n\nGwenllian ap Rhys\nHarbour TV health correspondent\n\nThe valley line reopened on Thursday after two years of works, the operator said.';
    const n = names(text);
    expect(n).not.toContain('Harbour TV');
    expect(n).not.toContain('Gwenllian ap Rhys');
  });
});

describe('round 11 boilerplate', () => {
  it("drops a study's citation line, a feedback prompt and a 'See related:' link", () => {
    const text =
      'The authors said the results were a warning.\n\nCitation: Ruiz, A., Hale, T.J., et al. (2031). Heat stress in Andean frogs. Journal of Mountain Biology.\n\nSee related: Andean frogs vanish from lakes\n\nFEEDBACK: Use this form to send a message to the author of this post.';
    expect(boilerplateLines(text)).toEqual([
      'Citation: Ruiz, A., Hale, T.J., et al. (2031). Heat stress in Andean frogs. Journal of Mountain Biology.',
      'See related: Andean frogs vanish from lakes',
      'FEEDBACK: Use this form to send a message to the author of this post.',
    ]);
  });
  it("drops a wire's staff credits in brackets at the foot, with or without its name between slashes", () => {
    expect(boilerplateLines('/Romnews/ (RO - author: Ana Pop, editor: Dan Ilie; EN - author: Ion Vlad, editor: Ema Rus)')).toHaveLength(1);
    expect(boilerplateLines('(Author: Ana Pop; Editor: Dan Ilie)')).toHaveLength(1);
    expect(boilerplateLines('(The author of the report, Ana Pop, said it was late.)')).toHaveLength(0);
  });
  it("drops an obituary's data line at the foot", () => {
    expect(boilerplateLines('Maria Lurdes Tavares, singer, born 4 May 1941; died 2 June 2030')).toHaveLength(1);
    expect(boilerplateLines('Tavares was born in 1941 and died in June, her family said.')).toHaveLength(0);
  });
  it("keeps a match's fact box, which is no headline list, and finds the names in it", () => {
    const text =
      "Rovers beat United in the derby, the club said on Sunday.\n\nScorers: Alves 12', Moreno 80' (pen.)\nSent off: Pinto Lara (United) 90'\nReferee: Tomás Arce Villalta\nAttendance: 12,000";
    expect(boilerplateLines(text)).toEqual([]);
    expect(names(text)).toContain('Tomás Arce Villalta');
  });
  it('still drops a bare list of Title Case headlines', () => {
    const text = 'The council met on Monday.\n\nCouncil Approves New Harbour Budget\nFerry Strike Enters Third Week\nMayor Opens Riverside Market Hall';
    expect(boilerplateLines(text)).toHaveLength(3);
  });
});
