// npm run export -- --format json|csv|ics [--actor SLUG]... [--type T]... [--status S] [--from D] [--to D] [--q TEXT]
// Writes the matching events to stdout.
import { criteriaOf, parseEventFilter } from "@/lib/data/event-filter";
import { allEvents } from "@/lib/data/events";
import { EXPORT_FORMATS, renderExport, type ExportFormat } from "@/lib/export/write-export";
import { siteUrl } from "@/lib/config/site-url";
import { migrateDatabase } from "./lib/migrate";
import { runCli } from "./lib/run-cli";

const USAGE =
  "usage: npm run export -- --format json|csv|ics [--actor SLUG]... [--actor-mode all|any] [--type TYPE]... [--status occurred|planned] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--q TEXT]";

const FLAGS: Record<string, string> = {
  "--actor": "actor",
  "--actor-mode": "actorMode",
  "--type": "type",
  "--status": "status",
  "--from": "from",
  "--to": "to",
  "--q": "q",
};

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  let format: string | undefined;
  const params = new URLSearchParams();
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (value === undefined) return fail(`${flag} needs a value`);
    if (flag === "--format") format = value;
    else if (FLAGS[flag]) params.append(FLAGS[flag]!, value);
    else return fail(`unknown option ${flag}`);
  }
  if (!format) return fail("--format is required");
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return fail(`--format must be one of ${EXPORT_FORMATS.join(", ")}, got "${format}"`);
  const filter = parseEventFilter(params);
  if (!filter.ok) {
    const flag = Object.keys(FLAGS).find((f) => FLAGS[f] === filter.param);
    return fail(flag ? filter.error.replace(`\`${filter.param}\``, flag) : filter.error);
  }
  migrateDatabase();
  const host = new URL(siteUrl()).host;
  for await (const chunk of renderExport(format as ExportFormat, allEvents(criteriaOf(filter.value)), host)) {
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once("drain", r));
  }
  return 0;
}

function fail(message: string): number {
  console.error(`export: ${message}\n${USAGE}`);
  return 2;
}

runCli("export", main);
