import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Rate-limit counters, in the shape rate-limiter-flexible's Postgres store uses. Kept in
 * Postgres so that every app instance counts together and a restart forgets nothing.
 */
@Entity('rate_limit')
export class RateLimitCounter {
  /** `<policy>:<client key>` */
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  @Column({ type: 'int', default: 0 })
  points!: number;

  /** Epoch milliseconds when the window ends. */
  @Column({ type: 'bigint', nullable: true })
  expire!: string | null;
}
