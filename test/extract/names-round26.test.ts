import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 26: honorifics, professions and prepositions opening a name', () => {
  it('leaves the Khasi honorifics "Bah" and "Kong" out of a full name', () => {
    const f = facts(
      'Bah Lamphrang Kharkongor, the headman of Umtyngar village, said the road had been closed for a week.\n\n' +
        'Opposition legislator Kong Ibashisha Lyngdoh demanded that the district open a second clinic.',
    );
    expect(f.entity('Lamphrang Kharkongor')?.kind).toBe('PERSON');
    expect(f.entity('Bah Lamphrang Kharkongor')).toBeUndefined();
    expect(f.entity('Ibashisha Lyngdoh')?.kind).toBe('PERSON');
    expect(f.entity('Kong Ibashisha Lyngdoh')).toBeUndefined();
  });

  it('leaves the clergy\'s "Father" out of a given name and a surname', () => {
    const f = facts('The shelter is run by the parish. Its director, Father Ignatius Mbekwa, said it was full.');
    expect(f.entity('Ignatius Mbekwa')?.kind).toBe('PERSON');
    expect(f.entity('Father Ignatius Mbekwa')).toBeUndefined();
  });

  it('leaves a profession opening the sentence out of the full name after it', () => {
    const f = facts('The dispute is old. Ethnographer Tomasz Wielgosz Ruda of the city museum said the dances had changed little.');
    expect(f.entity('Tomasz Wielgosz Ruda')?.kind).toBe('PERSON');
    expect(f.entity('Ethnographer Tomasz Wielgosz Ruda')).toBeUndefined();
    const g = facts('Prices rose again. Economist Halvard Brekke Tindeland said the rise would not last.');
    expect(g.entity('Halvard Brekke Tindeland')?.kind).toBe('PERSON');
  });

  it('drops a preposition the lexicon reads as an adjective from the name it opens', () => {
    const f = facts('Under African Union rules, observers must be invited three months before the vote.');
    expect(f.entity('Under African Union')).toBeUndefined();
    expect(f.entity('African Union')?.kind).toBe('ORGANIZATION');
  });
});
