import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads a secret kept in a file (mode 0600), creating it on first use, so embedded servers and
 * the generated admin key survive restarts.
 */
export async function loadOrCreateSecret(
  file: string,
  make: () => string = () => randomBytes(32).toString('base64url'),
): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = make();
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}
