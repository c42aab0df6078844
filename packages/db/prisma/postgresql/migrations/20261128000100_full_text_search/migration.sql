-- Full-text index over article titles and bodies, quote texts and people's names, kept in sync by
-- the ingest path (see src/search.ts). Text is folded (case, accents) before it is stored, so the
-- 'simple' configuration behaves like SQLite's unicode61 tokenizer.
CREATE TABLE "SearchEntry" (
    "id" BIGSERIAL PRIMARY KEY,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "articleId" TEXT,
    "document" tsvector NOT NULL
);

CREATE INDEX "SearchEntry_document_idx" ON "SearchEntry" USING GIN ("document");
CREATE INDEX "SearchEntry_articleId_idx" ON "SearchEntry" ("articleId");
CREATE INDEX "SearchEntry_entityId_idx" ON "SearchEntry" ("entityId");
