import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Signed-in sessions, in the shape connect-pg-simple reads and writes (`sid`, `sess`, `expire`),
 * so every instance shares them and a restart keeps them.
 */
@Entity('staff_session')
export class StaffSession {
  @PrimaryColumn({ type: 'varchar' })
  sid!: string;

  @Column({ type: 'json' })
  sess!: unknown;

  @Index('IDX_staff_session_expire')
  @Column({ type: 'timestamp', precision: 6 })
  expire!: Date;
}
