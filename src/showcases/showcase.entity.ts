import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Technology } from '../technologies/technology.entity.js';
import type { ShowcaseMetricKind, ShowcaseStatus, ShowcaseVisibility } from './showcase.types.js';

/** A curated, ordered set of listings for an event or a theme, in Korean and English. */
@Entity('showcase')
export class Showcase {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  titleKo!: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn!: string;

  @Column({ type: 'text', nullable: true })
  introKo!: string | null;

  @Column({ type: 'text', nullable: true })
  introEn!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  eventName!: string | null;

  /** The event's day (YYYY-MM-DD); an event has a name and a date or nothing. */
  @Column({ type: 'date', nullable: true })
  eventDate!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  eventPlace!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  eventOrganizer!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'unlisted' })
  visibility!: ShowcaseVisibility;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: ShowcaseStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One listing's place in a showcase. */
@Entity('showcase_item')
export class ShowcaseItem {
  @PrimaryColumn({ type: 'uuid' })
  showcaseId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  technologyId!: string;

  @Column({ type: 'int' })
  position!: number;

  @ManyToOne(() => Showcase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'showcase_id' })
  showcase?: Relation<Showcase>;

  @ManyToOne(() => Technology, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id' })
  technology?: Relation<Technology>;
}

/**
 * A counter of one thing that happened on a day (a page view, a PDF download, a QR scan),
 * for a showcase or one of its listings (technologyId). Counts only: nothing about who.
 */
@Entity('showcase_metric')
@Index('UQ_showcase_metric_key', ['showcaseId', 'technologyId', 'day', 'kind'], { unique: true })
export class ShowcaseMetric {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  showcaseId!: string;

  @Column({ type: 'uuid', nullable: true })
  technologyId!: string | null;

  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ShowcaseMetricKind;

  @Column({ type: 'int', default: 0 })
  count!: number;

  @ManyToOne(() => Showcase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'showcase_id' })
  showcase?: Relation<Showcase>;

  @ManyToOne(() => Technology, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id' })
  technology?: Relation<Technology>;
}
