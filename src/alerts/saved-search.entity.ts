import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

export const ALERT_CADENCES = ['weekly', 'daily'] as const;
export type AlertCadence = (typeof ALERT_CADENCES)[number];

export const ALERT_STATUSES = ['pending', 'active'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** The search a partner follows: the words and filters of a results page, nothing else. */
export interface SavedSearchQuery {
  q?: string;
  area?: string[];
  stage?: string[];
  patentStatus?: string[];
  jurisdiction?: string[];
  licenseType?: string[];
  trlMin?: number;
  trlMax?: number;
  literal?: boolean;
}

/**
 * A partner's e-mail alert on a search. `pending` until the address confirms it (nothing is sent
 * before); unsubscribing deletes the row. `cursor` is the change-feed id up to which the catalog
 * has been looked at for this alert: the next digest starts after it, so no change is missed or
 * sent twice.
 */
@Entity('saved_search')
@Index('UQ_saved_search_address_query', ['addressKey', 'queryKey'], { unique: true })
@Index('IDX_saved_search_due', ['nextDigestAt'], { where: `status = 'active'` })
@Check('CHK_saved_search_status', `status IN ('pending', 'active')`)
@Check('CHK_saved_search_cadence', `cadence IN ('weekly', 'daily')`)
export class SavedSearch {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Lower-cased. Personal data: never logged, never in the search index or analytics. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** An HMAC of the address: names the manage page without putting the address in a URL. */
  @Column({ type: 'varchar', length: 64 })
  addressKey!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: 'ko' | 'en';

  @Column({ type: 'jsonb' })
  query!: SavedSearchQuery;

  /** A hash of the query in canonical form: the same search followed twice is one alert. */
  @Column({ type: 'varchar', length: 64 })
  queryKey!: string;

  @Column({ type: 'varchar', length: 8 })
  cadence!: AlertCadence;

  @Column({ type: 'varchar', length: 8 })
  status!: AlertStatus;

  @Column({ type: 'bigint', nullable: true })
  cursor!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextDigestAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt!: Date | null;

  /** When the confirmation mail was last sent (a repeated follow re-sends it, not more often). */
  @Column({ type: 'timestamptz' })
  confirmationSentAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
