import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { VocabularyLabel } from './vocabulary-label.entity.js';

/** The vocabulary_label table: the office's additions to the concept vocabulary. */
@Injectable()
export class VocabularyLabelRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  all(): Promise<VocabularyLabel[]> {
    return this.db.getRepository(VocabularyLabel).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Changes whenever a label is added or removed (instances compare it to reload). */
  async signature(): Promise<string> {
    const [row] = await this.db.query<{ s: string }[]>(
      `SELECT count(*) || '/' || coalesce(max(created_at)::text, '') || '/' ||
              coalesce(md5(string_agg(id::text, ',' ORDER BY id)), '') AS s
         FROM vocabulary_label`,
    );
    return row.s;
  }

  /** Inserts the label; false when another concept already holds it (normalized). */
  async insert(label: Omit<VocabularyLabel, 'id' | 'createdAt'>): Promise<VocabularyLabel | null> {
    const rows = await this.db
      .createQueryBuilder()
      .insert()
      .into(VocabularyLabel)
      .values(label)
      .orIgnore()
      .returning('*')
      .execute();
    const id = (rows.identifiers[0] as { id?: string } | undefined)?.id;
    return id ? this.db.getRepository(VocabularyLabel).findOneBy({ id }) : null;
  }

  async delete(id: string): Promise<VocabularyLabel | null> {
    const label = await this.db.getRepository(VocabularyLabel).findOneBy({ id });
    if (label) await this.db.getRepository(VocabularyLabel).delete({ id });
    return label;
  }

  /** Tells every instance (LISTEN on `channel`) that the labels changed. */
  async notify(channel: string): Promise<void> {
    await this.db.query('SELECT pg_notify($1, $2)', [channel, '']);
  }
}
