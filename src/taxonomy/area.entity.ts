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

  @Column({ type: 'int', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
