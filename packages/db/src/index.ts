export { createDb, type CreateDbOptions, type Db } from "./client.js";
export {
  longTexts,
  Reader,
  type ArticleMention,
  type ArticleOrder,
  type ArticleOrderField,
  type ArticleQuery,
  type ArticleSummary,
  type MeetingSummary,
  type QuoteSummary,
  type RowTexts,
  type Keyed,
  type KeysetPage,
  type ListPage,
  type MeetingQuery,
  type NameSearch,
  type PersonOrderField,
  type NamedEntity,
  type ParticipantRow,
  type QuoteQuery,
  type QuoteWithSpeaker,
  type SpeakerColumns,
  type SortKey,
  type SortValue,
} from "./read.js";
export {
  defaultDatabaseUrl,
  providerOf,
  redactUrl,
  repositoryRoot,
  resolveDatabaseUrl,
  type Provider,
} from "./database-url.js";
export { migrate, pendingMigrations, prismaFolder } from "./migrate.js";
// The Prisma client's types (models, enums, `Prisma` namespace) for users such as Pothos.
export * from "./generated/sqlite/client.js";
export {
  contentHashOf,
  documentText,
  ingestDocument,
  ingestParsed,
  parseInput,
  type DocumentInput,
  type DocumentMeta,
  type IngestResult,
  type IngestStatus,
  type ParsedInput,
  type WritableDb,
} from "./ingest.js";
export { fold, slugify } from "./names.js";
export { ParsePool, parseHere, type ParseOutcome } from "./parse-pool.js";
export {
  searchFullText,
  type SearchableDb,
  type SearchEntity,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from "./search.js";
export { collectDocumentPaths, frontMatterMeta, maxDocumentBytes, readDocumentFile, sidecarPath } from "./files.js";
export {
  ingestDocuments,
  ingestPaths,
  type PipelineHandlers,
  type PipelineItem,
  type PipelineOptions,
  type FileFailure,
  type IngestFilesOptions,
  type IngestFilesSummary,
  type IngestProgress,
} from "./ingest-files.js";
export { seed, seedsFolder } from "./seed.js";
