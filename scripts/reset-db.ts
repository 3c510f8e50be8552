// Empties a PostgreSQL test database (DROP SCHEMA public CASCADE) so an e2e run starts from nothing.
// Refuses anything but a PostgreSQL server on loopback: it is for tests, never for a team's store.
import pg from "pg";

const url = process.env.DATABASE_URL ?? "";
const host = (() => {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
})();
if (!/^postgres(ql)?:\/\//.test(url) || !["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) {
  console.error("reset-db: DATABASE_URL must be a postgresql:// URL on loopback");
  process.exit(64);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
await client.end();
console.log("reset-db: emptied");
