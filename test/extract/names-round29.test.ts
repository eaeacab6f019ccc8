import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 29: Malaysian styles and patronymics, initialism surnames', () => {
  it("drops 'Puan' before a name holding a patronymic", () => {
    const f = facts('"The stalls will reopen in March," said Puan Aishah binti Yusof, a market manager in Ipoh.');
    expect(f.entity('Aishah binti Yusof')?.kind).toBe('PERSON');
    expect(f.entity('Puan Aishah binti Yusof')).toBeUndefined();
  });

  it("keeps 'Puan' as a given name with no patronymic after it", () => {
    const f = facts('Puan Maharani, the speaker of the house, opened the session in Jakarta on Monday.');
    expect(f.entity('Puan Maharani')?.kind).toBe('PERSON');
  });

  it("reads 'a/l' and 'a/p' as patronymic connectors inside one name", () => {
    const f = facts('"The bus never comes on time," said Ganesan a/l Muthu, a clerk in Klang. Priya a/p Rajendran, a nurse, agreed.');
    expect(f.entity('Ganesan a/l Muthu')?.kind).toBe('PERSON');
    expect(f.entity('Priya a/p Rajendran')?.kind).toBe('PERSON');
  });

  it('joins an initialism surname used alone to the person it names', () => {
    const f = facts('Opener Suresh B.K. made 80 runs before lunch in Pokhara. B.K. was caught at slip soon after the break.');
    expect(f.entity('Suresh B.K.')?.kind).toBe('PERSON');
    expect(f.entity('Suresh B.K.')?.aliases).toContain('B.K.');
    expect(f.entities().filter((x) => x.endsWith(':B.K.'))).toEqual([]);
  });
});
