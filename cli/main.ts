import { commands } from './commands/index';
import type { CommandIo } from './commands/types';
import { installNodeSha256 } from './native-hash';

/** The CLI entry: `npm run cli -- COMMAND args...`. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(
      [
        'usage: npm run cli -- COMMAND [args]',
        '',
        'commands:',
        ...commands.map((c) => `  ${c.usage.padEnd(40)} ${c.summary}`),
      ].join('\n'),
    );
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name}". Run "npm run cli -- --help" for the list.`);
    return 2;
  }
  return command.run(args, io);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const isEntry = process.argv[1]?.replace(/\\/g, '/').endsWith('cli/main.ts');
if (isEntry) {
  installNodeSha256();
  main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    readStdin,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `corroborate: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
