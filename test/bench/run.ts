/**
 * `npm run bench`: every row of QUALITY.md's performance table through the real code paths,
 * with baselines measured in the same run. See test/bench/README.md.
 *
 *   npm run bench                          full workloads (several minutes)
 *   npm run bench -- --quick               reduced workloads, a smoke check in under a minute
 *   npm run bench -- --only search         rows whose name contains "search"
 *   npm run bench -- --seed 7 --out f.json another corpus; the JSON somewhere else
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runBench } from './harness/runner';
import { formatTable } from './harness/table';

const DEFAULT_SEED = 20240301;
const DEFAULT_OUT = fileURLToPath(new URL('./results/latest.json', import.meta.url));

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    out: { type: 'string', default: DEFAULT_OUT },
  },
});
const seed = Number(values.seed);
if (!Number.isSafeInteger(seed) || seed < 0) {
  process.stderr.write(`--seed must be a whole number, not "${values.seed}"\n`);
  process.exit(2);
}

const report = await runBench({
  quick: values.quick,
  seed,
  only: values.only,
  out: values.out,
  say: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`\n${formatTable(report.rows)}\n\nFigures written to ${values.out}\n`);
if (report.failed.length > 0) {
  process.stderr.write(`Rows that could not be measured: ${report.failed.join('; ')}\n`);
  process.exitCode = 1;
}
