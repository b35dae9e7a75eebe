// npm run actors -- list [QUERY]            actors in the database, most active first
// npm run actors -- show <slug>             one actor with aliases and dated roles
// npm run actors -- alias <slug> "<alias>"  add your own alias; later ingests recognise it
import { addUserAlias, getActor, listActors } from "@/lib/data/actors";
import { migrateDatabase } from "./lib/migrate";
import { runCli } from "./lib/run-cli";

const USAGE = 'usage: npm run actors -- list [QUERY] | show <slug> | alias <slug> "<alias>"';

async function main(): Promise<number> {
  const [cmd, ...rest] = process.argv.slice(2).filter((a) => a !== "--");
  if (!cmd || cmd === "--help") {
    console.error(USAGE);
    return cmd ? 0 : 2;
  }
  migrateDatabase();
  if (cmd === "list") {
    for (const a of await listActors({ q: rest[0] })) {
      console.log(`${a.slug.padEnd(32)} ${String(a.eventCount).padStart(5)}  ${a.kind.padEnd(12)} ${(a.country ?? "").padEnd(5)} ${a.name}${a.role ? ` — ${a.role}` : ""}`);
    }
    return 0;
  }
  if (cmd === "show" && rest.length === 1) {
    const a = await getActor(rest[0]!);
    if (!a) {
      console.error(`no actor with slug ${rest[0]}`);
      return 1;
    }
    console.log(JSON.stringify(a, null, 2));
    return 0;
  }
  if (cmd === "alias" && rest.length === 2) {
    const [slug, alias] = rest as [string, string];
    if (!alias.trim() || alias.length > 100) {
      console.error("the alias must be 1–100 characters");
      return 2;
    }
    const r = await addUserAlias(slug, alias.trim());
    if (r === "no-actor") {
      console.error(`no actor with slug ${slug} (see npm run actors -- list)`);
      return 1;
    }
    console.log(r === "added" ? `added "${alias.trim()}" to ${slug}; it applies to articles ingested from now on` : `${slug} already has the alias "${alias.trim()}"`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

runCli("actors", main);
