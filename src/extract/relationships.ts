import type { ExtractedRelationship, ExtractedRole, ExtractedStatement, RelationshipEvidence, RelationshipType } from './types';
import type { ResolvedMention } from './document';
import type { Sentence } from './sentences';

class RelationshipTable {
  private readonly byId = new Map<string, ExtractedRelationship>();

  add(source: string, target: string, type: RelationshipType, evidence: RelationshipEvidence): void {
    if (source === target) return;
    const id = `${type}|${source}|${target}`;
    const r = this.byId.get(id) ?? { source, target, type, weight: 0, evidence: [] };
    r.weight += 1;
    r.evidence.push(evidence);
    this.byId.set(id, r);
  }

  all(): ExtractedRelationship[] {
    return [...this.byId.values()];
  }
}

/**
 * Relationships with their evidence: entities named in one sentence co-occur (weight = the
 * number of sentences; source sorted before target so each pair is counted once), a speaker
 * SPOKE_TO the addressee and SPOKE_ABOUT what the statement names, a titled person is
 * MEMBER_OF the organisation of the title.
 */
export function findRelationships(
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  statements: readonly ExtractedStatement[],
  roles: readonly ExtractedRole[],
  kindOf: (key: string) => string | undefined,
): ExtractedRelationship[] {
  const table = new RelationshipTable();
  const bySentence = new Map<number, Set<string>>();
  for (const m of mentions) bySentence.set(m.sentence, (bySentence.get(m.sentence) ?? new Set()).add(m.key));
  for (const s of sentences) {
    const keys = [...(bySentence.get(s.index) ?? [])].sort();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) table.add(keys[i]!, keys[j]!, 'CO_OCCURRENCE', { start: s.start, end: s.end, sentence: s.index });
    }
  }
  for (const st of statements) {
    if (!st.speaker) continue;
    const evidence = { start: st.start, end: st.end, sentence: st.sentence };
    if (st.addressee) table.add(st.speaker, st.addressee, 'SPOKE_TO', evidence);
    for (const about of st.about) table.add(st.speaker, about, 'SPOKE_ABOUT', evidence);
  }
  for (const r of roles) {
    if (r.organization && kindOf(r.organization) === 'ORGANIZATION') {
      const sentence = sentences.find((s) => s.start <= r.start && r.start < s.end);
      table.add(r.person, r.organization, 'MEMBER_OF', { start: r.start, end: r.end, sentence: sentence?.index ?? 0 });
    }
  }
  return table.all();
}
