import type { Command } from './types';
import { sourcesCommand } from './sources';

/** Every CLI sub-command, in the order `--help` lists them. */
export const commands: Command[] = [sourcesCommand];
