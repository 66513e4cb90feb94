/**
 * `npm run bench` runs every benchmark; `npm run bench -- <name>…` runs some. Each prints numbers;
 * nothing passes or fails on timing.
 */
import { autosave } from './autosave';
import { captureChecks } from './captureChecks';
import { firstQuestion } from './firstQuestion';
import { keystrokes } from './keystrokes';
import { memory } from './memory';
import { upload } from './upload';
import { launchChromium } from './support/browser';
import { removeBenchPage } from './support/benchServer';
import type { Browser } from 'playwright-core';

type Bench = (browser: Browser) => Promise<Record<string, string | number>[]>;
const BENCHES: Record<string, Bench> = {
  'first-question': firstQuestion,
  keystrokes,
  autosave,
  upload,
  memory,
  'capture-checks': captureChecks,
};

/** Benchmarks whose rows all have the same columns, printed as a Markdown table. */
const TABLES = new Set(['capture-checks']);

function markdownTable(rows: Record<string, string | number>[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |\n`;
  return (
    line(columns) + line(columns.map(() => '---')) + rows.map((row) => line(columns.map((c) => row[c] ?? ''))).join('')
  );
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}

const browser = await launchChromium();
try {
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (wanted.length && !wanted.includes(name)) continue;
    process.stdout.write(`\n## ${name}\n`);
    const started = Date.now();
    const rows = await bench(browser);
    if (TABLES.has(name)) process.stdout.write(markdownTable(rows));
    else {
      for (const row of rows) {
        for (const [key, value] of Object.entries(row)) process.stdout.write(`  ${key}: ${value}\n`);
        process.stdout.write('\n');
      }
    }
    process.stdout.write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
} finally {
  await browser.close();
  await removeBenchPage();
}
