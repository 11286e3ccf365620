import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Area } from './area.entity.js';

export interface AreaNode {
  code: string;
  parentCode: string | null;
  nameKo: string;
  nameEn: string;
  position: number;
  /** Published listings in this area (for a level-1 area: in it or any of its children). */
  count: number;
  version?: number;
  retiredAt?: string | null;
  children?: AreaNode[];
}

@Injectable()
export class TaxonomyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The two-level tree ordered by position, with counts of listings in `status`: for the public
   * the active areas, for the office ('any') every area with its version and retirement.
   */
  async tree(status: 'published' | 'any'): Promise<AreaNode[]> {
    const areas = await this.db.getRepository(Area).find({
      where: status === 'any' ? {} : { retiredAt: IsNull() },
      order: { position: 'ASC', code: 'ASC' },
    });
    const statusFilter = status === 'published' ? `AND t.status = 'published'` : '';
    const leafCounts: { code: string; count: string }[] = await this.db.query(
      `SELECT ta.area_code AS code, count(DISTINCT t.id) AS count
         FROM technology_area ta JOIN technology t ON t.id = ta.technology_id
        WHERE true ${statusFilter} GROUP BY ta.area_code`,
    );
    const rootCounts: { code: string; count: string }[] = await this.db.query(
      `SELECT COALESCE(a.parent_code, a.code) AS code, count(DISTINCT t.id) AS count
         FROM technology_area ta
         JOIN technology t ON t.id = ta.technology_id
         JOIN area a ON a.code = ta.area_code
        WHERE true ${statusFilter} GROUP BY 1`,
    );
    const leaf = new Map(leafCounts.map((r) => [r.code, Number(r.count)]));
    const root = new Map(rootCounts.map((r) => [r.code, Number(r.count)]));
    const node = (a: Area, count: number): AreaNode => ({
      code: a.code,
      parentCode: a.parentCode,
      nameKo: a.nameKo,
      nameEn: a.nameEn,
      position: a.position,
      count,
      // The office also sees what it needs to change an area, and the retired ones.
      ...(status === 'any'
        ? { version: a.version, retiredAt: a.retiredAt?.toISOString() ?? null }
        : {}),
    });
    return areas
      .filter((a) => a.parentCode === null)
      .map((top) => ({
        ...node(top, root.get(top.code) ?? 0),
        children: areas
          .filter((a) => a.parentCode === top.code)
          .map((c) => node(c, leaf.get(c.code) ?? 0)),
      }));
  }

  /** The codes among `codes` that no listing may take: unknown or retired areas. */
  async unknownCodes(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const found = await this.db
      .getRepository(Area)
      .findBy({ code: In(codes), retiredAt: IsNull() });
    const known = new Set(found.map((a) => a.code));
    return codes.filter((c) => !known.has(c));
  }

  /** A level-1 code stands for itself and all its children. */
  async expandCodes(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows = await this.db
      .getRepository(Area)
      .createQueryBuilder('a')
      .where('a.code IN (:...codes) OR a.parent_code IN (:...codes)', { codes })
      .getMany();
    return rows.map((a) => a.code);
  }
}
