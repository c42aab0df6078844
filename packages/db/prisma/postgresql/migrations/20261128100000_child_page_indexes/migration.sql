-- DropIndex
DROP INDEX "Quote_articleId_start_idx";

-- DropIndex
DROP INDEX "Meeting_articleId_idx";

-- CreateIndex
CREATE INDEX "ArticlePerson_articleId_firstMention_personId_idx" ON "ArticlePerson"("articleId", "firstMention", "personId");

-- CreateIndex
CREATE INDEX "ArticleOrganization_articleId_firstMention_organizationId_idx" ON "ArticleOrganization"("articleId", "firstMention", "organizationId");

-- CreateIndex
CREATE INDEX "Quote_articleId_start_id_idx" ON "Quote"("articleId", "start", "id");

-- CreateIndex
CREATE INDEX "Meeting_articleId_start_id_idx" ON "Meeting"("articleId", "start", "id");

