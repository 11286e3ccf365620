import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UUID_PATTERN } from '../common/validation/uuid.js';

const KEY_NAME = 'alert_link_key';

/** What a link lets its holder do; each purpose has its own MAC, so one never opens another. */
export type AlertLinkPurpose = 'confirm' | 'unsubscribe';

/**
 * The secrets in alert links, derived rather than stored: an HMAC under one random key of this
 * installation (kept in Postgres, shared by every instance). Every digest can carry a working
 * unsubscribe and manage link without a token table, and a link stops working when its alert
 * is deleted.
 */
@Injectable()
export class AlertTokens {
  private key: Promise<Buffer> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The name of an address's manage page: stable, unguessable, not the address itself. */
  async addressKey(email: string): Promise<string> {
    return this.mac('address', email);
  }

  /** `<alert id>.<mac>`: the one-time confirmation link's or the unsubscribe link's token. */
  async linkToken(purpose: AlertLinkPurpose, alertId: string): Promise<string> {
    return `${alertId}.${await this.mac(purpose, alertId)}`;
  }

  /** The alert id a token opens for `purpose`, or null for anything else. */
  async alertOf(purpose: AlertLinkPurpose, token: unknown): Promise<string | null> {
    if (typeof token !== 'string' || token.length > 100) return null;
    const dot = token.indexOf('.');
    const id = token.slice(0, dot);
    if (dot < 0 || !UUID_PATTERN.test(id)) return null;
    const expected = Buffer.from(await this.mac(purpose, id));
    const given = Buffer.from(token.slice(dot + 1));
    return given.length === expected.length && timingSafeEqual(given, expected)
      ? id.toLowerCase()
      : null;
  }

  private async mac(purpose: string, subject: string): Promise<string> {
    return createHmac('sha256', await this.secret())
      .update(`${purpose}\n${subject}`)
      .digest('base64url')
      .slice(0, 32);
  }

  private secret(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((error: unknown) => {
      this.key = null; // Postgres was away: ask again next time
      throw error;
    });
    return this.key;
  }

  private async loadKey(): Promise<Buffer> {
    // The first instance writes the key; every other one reads that one.
    await this.db.query(
      `INSERT INTO app_meta (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING`,
      [KEY_NAME, JSON.stringify({ key: randomBytes(32).toString('base64') })],
    );
    const [row] = await this.db.query<{ value: { key: string } }[]>(
      'SELECT value FROM app_meta WHERE key = $1',
      [KEY_NAME],
    );
    return Buffer.from(row.value.key, 'base64');
  }
}
