// Runs a CLI's main function: its number is the exit code; the database connection is closed
// either way; an unexpected error (a database failure, a bug) is printed with its stack and exits
// EXIT_FAILED, which no CLI uses for anything else (ingest's 1 means "something was refused",
// 2 is a usage error), so callers such as `npm start` can tell a failed run from refusals.
import { closeDb } from "@/lib/data/db";

export const EXIT_FAILED = 3;

export function runCli(name: string, main: () => Promise<number>): void {
  main()
    .then(async (code) => {
      await closeDb();
      process.exitCode = code;
    })
    .catch(async (err) => {
      console.error(`${name} failed: ${(err as Error)?.stack ?? err}`);
      await closeDb().catch(() => {});
      process.exitCode = EXIT_FAILED;
    });
}
