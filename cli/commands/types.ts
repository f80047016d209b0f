/** One CLI sub-command: `npm run cli -- NAME args...`. */
export interface Command {
  name: string;
  /** One line for `--help`. */
  summary: string;
  usage: string;
  /** Returns the exit code. Writes results to `out`, problems to `err`. */
  run(args: string[], io: CommandIo): Promise<number>;
}

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads standard input entirely (for `-`). */
  readStdin: () => Promise<string>;
}
