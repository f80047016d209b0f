import type { Command } from './types';
import { sourcesCommand } from './sources';
import { quantitiesCommand } from './quantities';
import { extractCommand } from './extract';
import { compareCommand } from './compare';
import { exportCommand } from './export';
import { validateCommand } from './validate';

/** Every CLI sub-command, in the order `--help` lists them. */
export const commands: Command[] = [
  sourcesCommand,
  quantitiesCommand,
  extractCommand,
  compareCommand,
  exportCommand,
  validateCommand,
];
