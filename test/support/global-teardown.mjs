import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  await globalThis.__catalogStack?.stop();
  if (process.env.TEST_DATA_DIR)
    await rm(process.env.TEST_DATA_DIR, { recursive: true, force: true });
}
