import Database from "better-sqlite3";
import pg from "pg";
import type { Provider } from "./database-url.js";

/**
 * The drivers' own connections, beside Prisma's. Prisma's JavaScript engine spends about half a
 * millisecond per row in createMany (measured: 1,000 quote rows in 750 ms on SQLite) and 0.3–0.9 ms
 * planning each query, so bulk writes and the API's hot reads (see read.ts) go through the drivers
 * directly: cached prepared statements on better-sqlite3, plain queries on a pg pool.
 */
export type ColumnType = "text" | "int" | "json" | "timestamp" | `enum:${string}`;

export interface Column {
  name: string;
  type: ColumnType;
}

export interface SqlSession {
  readonly provider: Provider;
  /** Runs a statement written with `?` placeholders. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /** `"column" IN (…)` over a whole list bound as one parameter: pass `listParam(values)` for its `?`. */
  inList(column: string): string;
  listParam(values: readonly string[]): unknown;
  insert(table: string, columns: readonly Column[], rows: ReadonlyArray<readonly unknown[]>): Promise<void>;
  /** Sets `columns` on the rows whose text id (first value of each row) is given. */
  update(table: string, columns: readonly Column[], rows: ReadonlyArray<readonly unknown[]>): Promise<void>;
}

export interface SqlConnection {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Runs one read-only statement written with `?` placeholders, outside any write transaction. */
  read<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** How Prisma's SQLite adapter writes DateTime values (ISO 8601 with "+00:00"). */
export function sqliteTimestamp(value: Date): string {
  return value.toISOString().replace("Z", "+00:00");
}

function sqliteValue(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === "json") return JSON.stringify(value);
  if (type === "timestamp") return sqliteTimestamp(value as Date);
  return value;
}

class SqliteSession implements SqlSession {
  readonly provider = "sqlite" as const;
  constructor(private readonly database: Database.Database, private readonly statements: Map<string, Database.Statement>) {}

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.database.prepare(sql)));
    return statement;
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    this.prepare(sql).run(...params);
  }

  inList(column: string): string {
    return `"${column}" IN (SELECT "value" FROM json_each(?))`;
  }

  listParam(values: readonly string[]): unknown {
    return JSON.stringify(values);
  }

  async insert(table: string, columns: readonly Column[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
    if (rows.length === 0) return;
    const statement = this.prepare(
      `INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    );
    for (const row of rows) statement.run(...columns.map((column, index) => sqliteValue(column.type, row[index])));
  }

  async update(table: string, columns: readonly Column[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
    if (rows.length === 0) return;
    const statement = this.prepare(
      `UPDATE "${table}" SET ${columns.map((column) => `"${column.name}" = ?`).join(", ")} WHERE "id" = ?`,
    );
    for (const [id, ...values] of rows) statement.run(...columns.map((column, index) => sqliteValue(column.type, values[index])), id);
  }
}

/** Numbers the `?` placeholders for PostgreSQL (statements here never hold a literal "?"). */
function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

export function postgresTimestamp(value: Date): string {
  return value.toISOString().replace("T", " ").replace("Z", "");
}

const arrayTypes: Record<string, string> = { text: "text[]", int: "int4[]", json: "text[]", timestamp: "text[]" };

function postgresCast(column: Column, alias: string): string {
  if (column.type === "json") return `${alias}::jsonb`;
  if (column.type === "timestamp") return `${alias}::timestamp(3)`;
  if (column.type.startsWith("enum:")) return `${alias}::"${column.type.slice(5)}"`;
  return alias;
}

function postgresValue(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === "json") return JSON.stringify(value);
  if (type === "timestamp") return postgresTimestamp(value as Date);
  return value;
}

class PostgresSession implements SqlSession {
  readonly provider = "postgresql" as const;
  constructor(private readonly client: pg.PoolClient) {}

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.client.query(numbered(sql), [...params])).rows as T[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<void> {
    await this.client.query(numbered(sql), [...params]);
  }

  inList(column: string): string {
    return `"${column}" = ANY(?)`;
  }

  listParam(values: readonly string[]): unknown {
    return values;
  }

  async insert(table: string, columns: readonly Column[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
    if (rows.length === 0) return;
    const aliases = columns.map((_, index) => `c${index}`);
    const arrays = columns.map((column, index) => rows.map((row) => postgresValue(column.type, row[index])));
    const unnest = columns
      .map((column, index) => `$${index + 1}::${column.type.startsWith("enum:") ? "text[]" : arrayTypes[column.type]}`)
      .join(", ");
    await this.client.query(
      `INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(", ")}) ` +
        `SELECT ${columns.map((column, index) => postgresCast(column, aliases[index] as string)).join(", ")} ` +
        `FROM unnest(${unnest}) AS u(${aliases.join(", ")})`,
      arrays,
    );
  }

  async update(table: string, columns: readonly Column[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
    if (rows.length === 0) return;
    const all: Column[] = [{ name: "id", type: "text" }, ...columns];
    const aliases = all.map((_, index) => `c${index}`);
    const arrays = all.map((column, index) => rows.map((row) => postgresValue(column.type, row[index])));
    const unnest = all
      .map((column, index) => `$${index + 1}::${column.type.startsWith("enum:") ? "text[]" : arrayTypes[column.type]}`)
      .join(", ");
    await this.client.query(
      `UPDATE "${table}" AS t SET ${columns.map((column, index) => `"${column.name}" = ${postgresCast(column, `u.${aliases[index + 1]}`)}`).join(", ")} ` +
        `FROM unnest(${unnest}) AS u(${aliases.join(", ")}) WHERE t."id" = u.c0`,
      arrays,
    );
  }
}

/** Opens the ingest connection for a resolved URL (an absolute `file:` path or `postgresql://`). */
export interface SqlConnectionOptions {
  /** Size of the PostgreSQL pool for reads. */
  readPoolSize: number;
  /** Told every read statement before it runs (to count statements in tests). */
  onRead?: ((sql: string) => void) | undefined;
}

/**
 * A function making a row object of a raw SQLite row with these column names. better-sqlite3 adds
 * each column to an empty object, which cost a quarter of reading a page of quotes; an object
 * literal of fixed keys is built at once.
 */
function rowBuilder(names: readonly string[]): (values: unknown[]) => Record<string, unknown> {
  // A plain "__proto__" key would set the prototype; a computed one makes a property.
  const fields = names.map((name, index) => `${name === "__proto__" ? '["__proto__"]' : JSON.stringify(name)}: values[${index}]`);
  return new Function("values", `return { ${fields.join(", ")} };`) as (values: unknown[]) => Record<string, unknown>;
}

/** Prepared read statements kept per SQLite connection. */
const MAX_CACHED_READS = 500;

export function openSqlConnection(provider: Provider, url: string, filePath: string, options: SqlConnectionOptions): SqlConnection {
  const onRead = options.onRead ?? (() => undefined);
  if (provider === "sqlite") {
    let database: Database.Database | null = null;
    const statements = new Map<string, Database.Statement>();
    let queue: Promise<unknown> = Promise.resolve();
    let reader: Database.Database | null = null;
    const readStatements = new Map<string, { statement: Database.Statement<unknown[], unknown[]>; toRow: (values: unknown[]) => unknown }>();
    return {
      async read<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
        onRead(sql);
        // A connection of its own: in WAL mode it reads the last commit while a write is under way.
        if (!reader) {
          reader = new Database(filePath, { timeout: 15_000, fileMustExist: true });
          reader.pragma("query_only = ON");
        }
        let read = readStatements.get(sql);
        if (!read) {
          const statement = reader.prepare<unknown[], unknown[]>(sql).raw(true);
          read = { statement, toRow: rowBuilder(statement.columns().map((column) => column.name)) };
          // Statements vary with list lengths and page sizes; the oldest go first past the bound.
          if (readStatements.size >= MAX_CACHED_READS) readStatements.delete(readStatements.keys().next().value as string);
          readStatements.set(sql, read);
        }
        return read.statement.all(...params).map(read.toRow) as T[];
      },
      transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
        // One connection, one transaction at a time: callers in this process wait their turn.
        const run = queue.then(async () => {
          if (!database) {
            database = new Database(filePath, { timeout: 15_000 });
            database.pragma("journal_mode = WAL");
            database.pragma("synchronous = NORMAL");
            database.pragma("foreign_keys = ON");
            // Checkpoint every ~40 MB of WAL rather than every 4 MB: bulk batches then coalesce
            // their rewrites of the same index pages instead of copying them back at each commit.
            database.pragma("wal_autocheckpoint = 10000");
          }
          // IMMEDIATE takes the write lock up front, so two writers never deadlock on an upgrade.
          database.exec("BEGIN IMMEDIATE");
          try {
            const result = await work(new SqliteSession(database, statements));
            database.exec("COMMIT");
            return result;
          } catch (error) {
            if (database.inTransaction) database.exec("ROLLBACK");
            throw error;
          }
        });
        queue = run.catch(() => undefined);
        return run;
      },
      async close() {
        await queue;
        database?.close();
        database = null;
        reader?.close();
        reader = null;
        readStatements.clear();
        statements.clear();
      },
    };
  }
  let pool: pg.Pool | null = null;
  let readPool: pg.Pool | null = null;
  return {
    async read<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      onRead(sql);
      readPool ??= openPool(url, options.readPoolSize);
      return (await readPool.query(numbered(sql), [...params])).rows as T[];
    },
    async transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
      pool ??= openPool(url, 2);
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(new PostgresSession(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await Promise.all([pool?.end(), readPool?.end()]);
      pool = null;
      readPool = null;
    },
  };
}

/**
 * PostgreSQL `timestamp` columns hold UTC (as Prisma writes them); pg would read them as local time.
 * jsonb and the other types keep pg's own parsing.
 */
const utcTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * A pool of the driver's own connections. pg emits an idle connection's failure (a server restart, a
 * terminated backend) on the pool and drops that connection; without a listener the event would
 * crash the process, while the next transaction simply opens a fresh connection.
 */
function openPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types: utcTypes });
  pool.on("error", () => undefined);
  return pool;
}
