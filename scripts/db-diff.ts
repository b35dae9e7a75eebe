// npm run db:diff -- <name>: write a new migration from the change between the last committed
// schema and prisma/schema.prisma (`prisma migrate dev` needs a shadow database that the
// WebAssembly engine cannot give; see ../shared/notes/toolchain.md).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv.slice(2).find((a) => a !== "--");
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:diff -- <snake_case_name>");
  process.exit(2);
}
const root = path.resolve(__dirname, "..");
const prev = path.join(tmpdir(), `schema-prev-${process.pid}.prisma`);
writeFileSync(prev, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root }));
let sql: string;
try {
  sql = execFileSync(
    path.join(root, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-schema-datamodel", prev, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { cwd: root, encoding: "utf8" },
  );
} finally {
  rmSync(prev, { force: true });
}
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log("schema unchanged since HEAD: no migration written");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
