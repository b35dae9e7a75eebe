// npm run ingest -- <file|dir>...   Ingest articles (.txt files, .jsonl files, directories).
// Prints refusals and warnings on stderr, one summary line on stdout; exits 1 if anything was refused.
import { countSources, readSources } from "@/lib/ingest/read-sources";
import { ExtractorPool, addOutcome, defaultWorkerCount, emptyTotals, ingestSources, summaryLine } from "@/lib/ingest/ingest";
import { userAliases } from "@/lib/data/actors";
import { ingestConfig } from "@/lib/config/ingest-config";
import { migrateDatabase } from "./lib/migrate";
import { runCli } from "./lib/run-cli";
import { Progress } from "./lib/progress";

const USAGE = "usage: npm run ingest -- <file|dir>... (articles as .txt, or .jsonl with one {date, headline, url?, body} per line)";

async function main(): Promise<number> {
  const paths = process.argv.slice(2).filter((a) => a !== "--");
  if (paths.length === 0 || paths.includes("--help") || paths.includes("-h")) {
    console.error(USAGE);
    return paths.length === 0 ? 2 : 0;
  }
  const unknownFlag = paths.find((p) => p.startsWith("--"));
  if (unknownFlag) {
    console.error(`unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  // The workers load the pipeline and the actor dictionary while this thread migrates and
  // counts the inputs.
  let config;
  try {
    config = ingestConfig();
  } catch (err) {
    console.error(`configuration: ${(err as Error).message}`);
    return 2;
  }
  const extractor = new ExtractorPool(defaultWorkerCount(config.workers), { timeoutMs: config.timeoutMs });
  extractor.warm();
  migrateDatabase();
  const aliases = await userAliases();
  const totals = emptyTotals();
  // Counting walks every folder once more: only worth it when a progress bar is drawn.
  const progress = new Progress(process.stderr.isTTY ? await countSources(paths) : null, "articles");
  try {
    await ingestSources(readSources(paths), extractor, aliases, (outcome) => {
      addOutcome(totals, outcome);
      if (outcome.status === "refused") progress.log(`refused ${outcome.name}: ${outcome.reason}: ${outcome.message}`);
      for (const w of outcome.warnings) progress.log(`warning ${outcome.name}: ${w}`);
      progress.tick();
    });
  } finally {
    progress.finish();
    await extractor.close();
  }
  console.log(summaryLine(totals));
  return totals.refused > 0 ? 1 : 0;
}

runCli("ingest", main);
