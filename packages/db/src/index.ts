export { createDb, type CreateDbOptions, type Db } from "./client.js";
export {
  defaultDatabaseUrl,
  providerOf,
  redactUrl,
  repositoryRoot,
  resolveDatabaseUrl,
  type Provider,
} from "./database-url.js";
export { migrate, prismaFolder } from "./migrate.js";
// The Prisma client's types (models, enums, `Prisma` namespace) for users such as Pothos.
export * from "./generated/sqlite/client.js";
