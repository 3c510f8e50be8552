-- Raw mail now goes into "RawBlob" as it is (refs `dbraw:<id>`), no longer deflated by the parse workers
-- (~8 s of their CPU for linux-s390): the server compresses it on the way to TOAST, with lz4 where it was
-- built with lz4 (Debian's PostgreSQL is). PGlite keeps raw mail outside the database and has no lz4: there
-- the column keeps the default method. Rows written before keep their `db:<id>` refs and deflated bytes.
DO $$
BEGIN
  ALTER TABLE "RawBlob" ALTER COLUMN "bytes" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  NULL;
END
$$;
