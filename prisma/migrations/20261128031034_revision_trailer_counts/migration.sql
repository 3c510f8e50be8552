-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "trailerCounts" JSON;

-- Rows written before the counts existed: counted once here as the series list counted them (each person
-- once per kind across the revision's patches, by address or else name; dropped trailers not counted).
UPDATE "Revision" r SET "trailerCounts" = c.counts
  FROM (SELECT p."revisionId", json_build_object(
               'acked', count(DISTINCT COALESCE(NULLIF(t->>'email', ''), t->>'name', '')) FILTER (WHERE t->>'kind' = 'Acked-by'),
               'reviewed', count(DISTINCT COALESCE(NULLIF(t->>'email', ''), t->>'name', '')) FILTER (WHERE t->>'kind' = 'Reviewed-by'),
               'tested', count(DISTINCT COALESCE(NULLIF(t->>'email', ''), t->>'name', '')) FILTER (WHERE t->>'kind' = 'Tested-by')) AS counts
          FROM "Patch" p CROSS JOIN LATERAL json_array_elements(p.trailers) AS t
         WHERE (t->>'status') IS DISTINCT FROM 'dropped'
         GROUP BY p."revisionId") c
 WHERE r.id = c."revisionId";
UPDATE "Revision" SET "trailerCounts" = '{"acked":0,"reviewed":0,"tested":0}' WHERE "trailerCounts" IS NULL;
