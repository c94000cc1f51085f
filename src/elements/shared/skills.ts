// What a badge says its holder can do, once: its alignments, then its tags. Issuers often list each
// skill in both (OB 2.0 `tags` beside `alignment`, OB 3.0 `tag` beside `alignment`), and some repeat a
// tag; a name seen before (trimmed, case-insensitive) is left out. The card's skill chips and the
// wall's skill facets are both this list.
import type { Alignment, Badge } from '../../core/model.js';

export interface Skill {
  name: string;
  /** Set when the skill came from an alignment (its code, framework and link). */
  alignment?: Alignment;
}

export function skillsOf(badge: Badge | undefined): Skill[] {
  const out: Skill[] = [];
  const seen = new Set<string>();
  const add = (raw: unknown, alignment?: Alignment) => {
    const name = typeof raw === 'string' ? raw.trim() : '';
    const key = name.toLowerCase();
    if (!name || seen.has(key)) return;
    seen.add(key);
    out.push(alignment ? { name, alignment } : { name });
  };
  for (const a of badge?.alignments ?? []) add(a.name, a);
  for (const tag of badge?.tags ?? []) add(tag);
  return out;
}
