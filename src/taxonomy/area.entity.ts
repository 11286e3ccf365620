import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

/** A technology area: a two-level tree with stable codes ("diagnostics.biomarkers"). */
@Entity('area')
export class Area {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  code!: string;

  @Index()
  @Column({ type: 'varchar', length: 100, nullable: true })
  parentCode!: string | null;

  @ManyToOne(() => Area, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_code', referencedColumnName: 'code' })
  parent?: Relation<Area> | null;

  @Column({ type: 'varchar', length: 200 })
  nameKo!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  /** Order among siblings (0, 1, …). */
  @Column({ type: 'int', default: 0 })
  position!: number;

  /** Bumped by every change; an admin change must name the version it read. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  /** Set when retired: the area is kept for history but takes no listings and is not shown. */
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
