/**
 * `npm run bench`: runs every suite in bench/suites and prints its figures. Suites compare
 * ratios measured in the same run; nothing here asserts a time (machines are shared and noisy).
 * `npm run bench -- NAME` runs only the suites whose file name contains NAME.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Suite {
  title: string;
  run: (log: (line: string) => void) => Promise<void> | void;
}

async function main(): Promise<void> {
  const dir = join(process.cwd(), 'bench', 'suites');
  const filter = process.argv[2] ?? '';
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
    .sort();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: Suite };
    console.log(`\n== ${module.default.title} (${file})`);
    await module.default.run((line) => console.log(`   ${line}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
