// Runs a CLI's main function: its number is the exit code; the database connection is closed
// either way; an unexpected error is printed with its stack and exits 1.
import { closeDb } from "@/lib/data/db";

export function runCli(name: string, main: () => Promise<number>): void {
  main()
    .then(async (code) => {
      await closeDb();
      process.exitCode = code;
    })
    .catch(async (err) => {
      console.error(`${name} failed: ${(err as Error)?.stack ?? err}`);
      await closeDb().catch(() => {});
      process.exitCode = 1;
    });
}
