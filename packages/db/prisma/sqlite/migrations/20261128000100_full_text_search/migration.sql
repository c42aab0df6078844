-- Full-text index over article titles and bodies, quote texts and people's names, kept in sync by
-- the ingest path (see src/search.ts). Text is folded (case, accents) before it is stored.
-- entityId and articleId are indexed columns so that rows can be found by MATCH when replaced.
CREATE VIRTUAL TABLE "SearchEntry" USING fts5(
    "title",
    "content",
    "entity" UNINDEXED,
    "entityId",
    "articleId",
    tokenize = 'unicode61 remove_diacritics 2'
);
