import { PatentDto } from '../patents/patent.dto.js';
import type { Patent } from '../patents/patent.entity.js';
import type {
  AdminTechnologyDto,
  AdminTechnologySummaryDto,
  TechnologyDto,
} from './technology.dto.js';
import type { Technology } from './technology.entity.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Patents grouped by family, oldest priority first, then by office. */
function sortPatents(patents: Patent[]): Patent[] {
  return [...patents].sort(
    (a, b) =>
      (a.familyId ?? '').localeCompare(b.familyId ?? '') ||
      (a.priorityDate ?? a.filingDate ?? '').localeCompare(b.priorityDate ?? b.filingDate ?? '') ||
      (a.filingDate ?? '').localeCompare(b.filingDate ?? '') ||
      a.jurisdiction.localeCompare(b.jurisdiction) ||
      a.numberNormalized.localeCompare(b.numberNormalized),
  );
}

/** What anyone may see of a published listing: no status internals, no contact data. */
export function toPublicTechnology(t: Technology): TechnologyDto {
  return {
    id: t.id,
    slug: t.slug,
    referenceCode: t.referenceCode,
    titleKo: t.titleKo,
    titleEn: t.titleEn,
    summaryKo: t.summaryKo,
    summaryEn: t.summaryEn,
    advantagesKo: t.advantagesKo,
    advantagesEn: t.advantagesEn,
    applicationsKo: t.applicationsKo,
    applicationsEn: t.applicationsEn,
    keywords: t.keywords,
    areas: [...(t.areas ?? [])]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((a) => ({
        code: a.code,
        parentCode: a.parentCode,
        nameKo: a.nameKo,
        nameEn: a.nameEn,
        position: a.position,
      })),
    trl: t.trl,
    stage: t.stage,
    modality: t.modality,
    indications: t.indications,
    licenseTypes: t.licenseTypes,
    inventors: t.inventors,
    patents: sortPatents(t.patents ?? []).map((p) => PatentDto.from(p)),
    publishedAt: iso(t.publishedAt),
    lastVerifiedAt: iso(t.lastVerifiedAt),
    updatedAt: t.updatedAt.toISOString(),
    version: t.version,
  };
}

export function toAdminTechnology(t: Technology): AdminTechnologyDto {
  return {
    ...toPublicTechnology(t),
    status: t.status,
    contactName: t.contactName,
    contactEmail: t.contactEmail,
    archivedAt: iso(t.archivedAt),
    createdAt: t.createdAt.toISOString(),
  };
}

export function toAdminSummary(
  t: Technology,
  areaCodes: string[],
  patentCount: number,
): AdminTechnologySummaryDto {
  return {
    id: t.id,
    slug: t.slug,
    referenceCode: t.referenceCode,
    status: t.status,
    titleKo: t.titleKo,
    titleEn: t.titleEn,
    areaCodes,
    trl: t.trl,
    stage: t.stage,
    patentCount,
    publishedAt: iso(t.publishedAt),
    updatedAt: t.updatedAt.toISOString(),
    version: t.version,
  };
}
