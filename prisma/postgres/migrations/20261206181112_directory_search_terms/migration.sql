-- CreateTable
CREATE TABLE "OrgUserSearchTerm" (
    "orgId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "OrgUserSearchTerm_pkey" PRIMARY KEY ("orgId","term","userId")
);

-- CreateIndex
CREATE INDEX "OrgUserSearchTerm_userId_term_idx" ON "OrgUserSearchTerm"("userId", "term");

-- AddForeignKey
ALTER TABLE "OrgUserSearchTerm" ADD CONSTRAINT "OrgUserSearchTerm_userId_fkey" FOREIGN KEY ("userId") REFERENCES "OrgUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The users stored before: their terms as lib/directory/user-search-terms.ts computes them (each word start of the
-- names, userName and emails to the end of the text, at most 200 characters; an address's local part splits at
-- . _ + - and its domain is a term with and without the @), walking each text one character at a time.
INSERT INTO "OrgUserSearchTerm" ("orgId", "term", "userId")
WITH RECURSIVE "texts" ("orgId", "userId", "txt", "isAddress", "wordsEnd") AS (
  SELECT "orgId", "id", "displayNameLower", 0, length("displayNameLower") FROM "OrgUser" WHERE "displayNameLower" IS NOT NULL
  UNION ALL
  SELECT "orgId", "id", lower(trim(coalesce("givenName", '') || ' ' || coalesce("familyName", ''))), 0,
    length(trim(coalesce("givenName", '') || ' ' || coalesce("familyName", '')))
  FROM "OrgUser" WHERE "givenName" IS NOT NULL OR "familyName" IS NOT NULL
  UNION ALL
  SELECT "orgId", "id", "userNameLower", CASE WHEN strpos("userNameLower", '@') > 0 THEN 1 ELSE 0 END,
    CASE WHEN strpos("userNameLower", '@') > 0 THEN strpos("userNameLower", '@') - 1 ELSE length("userNameLower") END
  FROM "OrgUser"
  UNION ALL
  SELECT u."orgId", u."id", e."valueLower", CASE WHEN strpos(e."valueLower", '@') > 0 THEN 1 ELSE 0 END,
    CASE WHEN strpos(e."valueLower", '@') > 0 THEN strpos(e."valueLower", '@') - 1 ELSE length(e."valueLower") END
  FROM "OrgUserEmail" e JOIN "OrgUser" u ON u."id" = e."userId"
),
"chars" ("orgId", "userId", "txt", "isAddress", "wordsEnd", "i", "c", "before") AS (
  SELECT "orgId", "userId", "txt", "isAddress", "wordsEnd", 1, substr("txt", 1, 1), ' '::text FROM "texts" WHERE "wordsEnd" > 0
  UNION ALL
  SELECT "orgId", "userId", "txt", "isAddress", "wordsEnd", "i" + 1, substr("txt", "i" + 1, 1), "c" FROM "chars" WHERE "i" < "wordsEnd"
)
SELECT DISTINCT "orgId", "term", "userId" FROM (
  SELECT "orgId", substr("txt", "i", 200) AS "term", "userId" FROM "chars"
  WHERE ("isAddress" = 0 AND "c" NOT IN (' ', chr(9), chr(10), chr(13), '-', '(', '/', ',', '''', '’')
         AND "before" IN (' ', chr(9), chr(10), chr(13), '-', '(', '/', ',', '''', '’'))
     OR ("isAddress" = 1 AND "c" NOT IN (' ', chr(9), chr(10), chr(13), '.', '_', '+', '-')
         AND "before" IN (' ', chr(9), chr(10), chr(13), '.', '_', '+', '-'))
  UNION ALL
  SELECT "orgId", substr("txt", "wordsEnd" + 1, 200), "userId" FROM "texts" WHERE "isAddress" = 1 AND "wordsEnd" + 1 < length("txt")
  UNION ALL
  SELECT "orgId", substr("txt", "wordsEnd" + 2, 200), "userId" FROM "texts" WHERE "isAddress" = 1 AND "wordsEnd" + 1 < length("txt")
) AS "terms" WHERE "term" <> ''
ON CONFLICT DO NOTHING;
