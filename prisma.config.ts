// Prisma 7 configuration. Only `prisma generate` runs here (see scripts/prisma-generate.mjs);
// migrations are applied by lib/db/migrate.ts and authored with scripts/migrations.ts.
// The datasource is set only for a PostgreSQL DATABASE_URL, so that on a machine with Prisma's
// native engine `prisma migrate deploy`/`status` can read the same history; generate needs none.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(url && /^postgres(ql)?:\/\//i.test(url) ? { datasource: { url } } : {}),
});
