// 口径 6: an indicator outside its scope (level and kind of institution) is "not applicable", with the reason.
import { INSTITUTION_KIND_LABELS, INSTITUTION_LEVEL_LABELS, type InstitutionLevel } from '../enums.ts';
import type { Applicability } from '../rules/schema.ts';
import type { Institution } from '../types.ts';

const RANK: Record<InstitutionLevel, number> = { county: 1, municipal: 2, provincial: 3, central: 4 };

function scopeText(a: Applicability): string {
  const levels = a.minLevel === 'county' ? '各级' : a.minLevel === 'central' ? '中央级' : `${INSTITUTION_LEVEL_LABELS[a.minLevel]}及以上`;
  return `${levels}${a.kinds.map((k) => INSTITUTION_KIND_LABELS[k]).join('、')}`;
}

/** Undefined when the rule applies; otherwise the Chinese reason it does not. */
export function notApplicableReason(a: Applicability, institution: Institution | null): string | undefined {
  if (!institution) return `尚未填写本校的院校信息（级别、类型），无法判断适用范围；本指标适用于${scopeText(a)}`;
  const levelOk = RANK[institution.level] >= RANK[a.minLevel];
  const kindOk = a.kinds.includes(institution.kind);
  if (levelOk && kindOk) return undefined;
  const self = `${INSTITUTION_LEVEL_LABELS[institution.level]}${INSTITUTION_KIND_LABELS[institution.kind]}`;
  return `本指标适用于${scopeText(a)}，本校为${self}`;
}
