// What a VC / OB 3.0 credential says about its results (OB 3.0 Result, with rubric levels by name).
// Filled into the badge by the checks: no element draws results before a verdict.

import type { ResultItem } from '../model.js';
import type { JsonObject } from '../options.js';
import { asArray, isObj } from '../json.js';
import { str, text } from './normalize-vc.js';

type Obj = JsonObject;

/** The results of the credential's (first) subject, named from the achievement's result descriptions. */
export function resultsOf(doc: Obj, lang?: string): ResultItem[] {
  const subject = asArray(doc.credentialSubject).find(isObj);
  const achievement = subject && isObj(subject.achievement) ? subject.achievement : undefined;
  return normalizeResults(subject, achievement, lang);
}

export function normalizeResults(subject: Obj | undefined, achievement: Obj | undefined, lang?: string): ResultItem[] {
  const descriptions = new Map<string, Obj>();
  for (const d of asArray(achievement?.resultDescription)) if (isObj(d) && typeof d.id === 'string') descriptions.set(d.id, d);
  const out: ResultItem[] = [];
  for (const r of asArray(subject?.result)) {
    if (!isObj(r)) continue;
    const item: ResultItem = {};
    const desc = typeof r.resultDescription === 'string' ? descriptions.get(r.resultDescription) : undefined;
    const name = text(desc?.name, lang);
    const value = str(r.value);
    const status = str(r.status);
    if (name) item.name = name;
    if (value) item.value = value;
    if (status) item.status = status;
    // A rubric level result: show the level's name as the value.
    if (!value && typeof r.achievedLevel === 'string') {
      const levels = [...descriptions.values()].flatMap((dsc) => asArray(dsc.rubricCriterionLevel));
      const level = levels.find((l): l is Obj => isObj(l) && l.id === r.achievedLevel);
      const levelName = text(level?.name, lang);
      if (levelName) item.value = levelName;
    }
    if (Object.keys(item).length > 0) out.push(item);
  }
  return out;
}
