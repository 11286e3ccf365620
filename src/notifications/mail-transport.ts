import { Logger } from '@nestjs/common';
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../config/app-config.js';

export interface MailEnvelope {
  /** Our id for the message; also its Message-ID, so a retried SMTP send can be recognised. */
  id: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  date: Date;
  /** A readable file name stem for the development transport. */
  label: string;
}

/** Where mail goes: an SMTP server, or .eml files for development and tests. */
export abstract class MailTransport {
  abstract readonly description: string;
  abstract deliver(mail: MailEnvelope): Promise<void>;
  close(): void {}
}

function messageOf(mail: MailEnvelope) {
  const domain = /@([^>\s]+)>?\s*$/.exec(mail.from)?.[1] ?? 'localhost';
  return {
    from: mail.from,
    to: mail.to,
    cc: mail.cc.length ? mail.cc : undefined,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    date: mail.date,
    headers: mail.headers,
    messageId: `<${mail.id}@${domain}>`,
  };
}

export class SmtpMailTransport extends MailTransport {
  readonly description: string;
  private readonly transporter;

  constructor(smtpUrl: string) {
    super();
    const url = new URL(smtpUrl);
    this.description = `SMTP ${url.protocol}//${url.host}`; // never the credentials
    this.transporter = nodemailer.createTransport(smtpUrl);
  }

  async deliver(mail: MailEnvelope): Promise<void> {
    await this.transporter.sendMail(messageOf(mail));
  }

  override close(): void {
    this.transporter.close();
  }
}

/**
 * Writes each message as an RFC 822 .eml file (open it in any mail client). The file is named by
 * the message id and appears atomically and exclusively (a hard link fails if it exists), so a
 * message delivered again after a crash leaves the first file as it was.
 */
export class FileMailTransport extends MailTransport {
  readonly description: string;
  private readonly composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });

  constructor(readonly directory: string) {
    super();
    this.description = `.eml files in ${directory}`;
  }

  async deliver(mail: MailEnvelope): Promise<void> {
    const info = await this.composer.sendMail(messageOf(mail));
    await mkdir(this.directory, { recursive: true });
    const file = path.join(this.directory, `${mail.label}-${mail.id}.eml`);
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, info.message as Buffer, { mode: 0o600 });
    try {
      await link(partial, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await unlink(partial);
    }
  }
}

export function createMailTransport(config: AppConfig): MailTransport {
  const transport = config.mail.smtpUrl
    ? new SmtpMailTransport(config.mail.smtpUrl)
    : new FileMailTransport(path.resolve(config.dataDir, 'outbox-mail'));
  new Logger('Mail').log(`mail goes to ${transport.description}`);
  return transport;
}
