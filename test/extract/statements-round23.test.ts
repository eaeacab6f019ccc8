import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('statements round 23: title-only transcript labels, comma adverbs, described labels, described bodies', () => {
  it('gives a title-only transcript label to the person the speakers header lists with that title', () => {
    const f = facts(
      'Riverland State Government | Newsroom | Transcripts\n\n' +
        'TRANSCRIPT: Press conference on the Tarrow River floods, State Control Centre, Bellmont\n\n' +
        'Date: Monday 4 March 2030\nTime: 9:30 am\n' +
        'Speakers: Premier Margaret Hollis-Grant; State Emergency Service Commissioner Oliver Brennan-Shaw; Bureau of Meteorology forecaster Dr Priya Ramaswamy-Cole\n' +
        'Subjects: flooding; road closures\n\nE&OE – proof copy only\n\n' +
        'Premier: Good afternoon. The river at Bellmont peaked overnight and about 300 homes have water through them.\n\n' +
        'Commissioner Brennan-Shaw: Thanks, Premier. We carried out 42 rescues since midnight and the highway remains closed.\n\n' +
        'Journalist: Premier, when will people go home?\n\n' +
        'Premier: Not before the engineers have checked the levee, which we expect by Thursday evening.',
    );
    const s = f.statements();
    expect(s).toContain('QUOTE Margaret Hollis-Grant: Good afternoon. The river at Bellmont peaked overnight and about 300 homes have water through them.');
    expect(s).toContain('QUOTE Margaret Hollis-Grant: Not before the engineers have checked the levee, which we expect by Thursday evening.');
  });

  it('starts a reported clause after a sentence adverb set off by commas ("warned, though, that")', () => {
    const f = facts('Grain trader Oskar Lindqvist said demand was steady. He warned, though, that the cost of feed would squeeze margins this spring.');
    expect(f.statements()).toContain('PARAPHRASE Oskar Lindqvist: the cost of feed would squeeze margins this spring');
  });

  it('reads a round-up label whose name follows a club and a title ("Rovers coach X, at ...: “...”")', () => {
    const f = facts(
      'Millbrook Rovers face Dunmore City on Saturday.\n\n' +
        'Millbrook Rovers coach Tomasz Wierzbicki, at Friday\'s news conference: "We know what this game means to the town, and we are ready for it."',
    );
    expect(f.statements()).toContain('QUOTE Tomasz Wierzbicki: We know what this game means to the town, and we are ready for it.');
  });

  it('reads "the group" as the body an earlier description-then-name appositive introduced', () => {
    const f = facts(
      "Zarvia's largest ferry and hotel group, the Compagnie Maritime Orlane (CMO), reported a record season on Monday.\n\n" +
        'Analyst Petra Halloway of Norvik Capital said the shares were cheap.\n\n' +
        'The group also said bookings for next summer were 12 percent ahead of last year.',
    );
    expect(f.statements()).toContain('PARAPHRASE Compagnie Maritime Orlane: bookings for next summer were 12 percent ahead of last year');
  });

  it('gives "The group, which owns X, said" to the group, not to the body its relative clause names', () => {
    const f = facts(
      "Zarvia's largest ferry and hotel group, the Compagnie Maritime Orlane (CMO), reported a record season on Monday.\n\n" +
        'The group, which owns the Grand Hotel Solenne, said revenue rose 6 percent to 410 million euros.',
    );
    expect(f.statements()).toContain('PARAPHRASE Compagnie Maritime Orlane: revenue rose 6 percent to 410 million euros');
  });
});
