import cliProgress from 'cli-progress';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { catalogListings } from '../demo/synthetic/catalog-generator.js';
import { demoTemplates } from '../demo/synthetic/demo-templates.js';

/**
 * `npm run generate -- --count 100000 --out file.json [--seed N]`: writes a synthetic bilingual
 * catalog in the import format, the same file for the same seed. Load it with
 * `npm run import -- file.json --publish`.
 */
const USAGE = 'usage: npm run generate -- --count N --out file.json [--seed N]';
const MAX_COUNT = 1_000_000;

const { values: flags } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(flags.count);
const seed = Number(flags.seed);
const problems = [
  !(Number.isInteger(count) && count >= 1 && count <= MAX_COUNT) &&
    `--count must be a whole number from 1 to ${MAX_COUNT}`,
  !flags.out && '--out names the file to write',
  !(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32) &&
    '--seed must be a whole number from 0 to 4294967295',
].filter(Boolean);
if (problems.length) {
  console.error([...problems, USAGE].join('\n'));
  process.exit(2);
}

const out = path.resolve(flags.out!);
const file = createWriteStream(out);
file.on('error', (error) => {
  console.error(`\nCannot write ${out}: ${error.message}`);
  process.exit(2);
});
const bar = new cliProgress.SingleBar(
  { format: 'Generate |{bar}| {value}/{total} listings | ETA {eta_formatted}', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
bar.start(count, 0);
// One listing per line inside { "technologies": [ … ] }: streamed, so a million listings never
// have to fit in one string, and the file still diffs line by line.
const write = async (text: string) => {
  if (!file.write(text)) await once(file, 'drain');
};
await write(`{"generator":${JSON.stringify({ seed, count })},"technologies":[\n`);
let written = 0;
for (const listing of catalogListings({ count, seed, ...demoTemplates() })) {
  await write((written ? ',\n' : '') + JSON.stringify(listing));
  written++;
  if (written % 1000 === 0) bar.update(written);
}
await write('\n]}\n');
file.end();
await once(file, 'finish');
bar.update(written);
bar.stop();
console.log(`Wrote ${written} listings (seed ${seed}) to ${out}.`);
