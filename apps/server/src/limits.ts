import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { FieldComplexityFunction } from "@pothos/plugin-complexity";
import { createComplexityRule } from "@pothos/plugin-complexity";
import {
  GraphQLError,
  GraphQLInt,
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
  getVariableValues,
  validate,
  valueFromAST,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** What one request may ask for. Each limit is answered with its own GraphQL error. */
export interface RequestLimits {
  /** Deepest field nesting. */
  maxDepth: number;
  /** Estimated cost: every field costs 1, a connection's selection is multiplied by its page size. */
  maxCost: number;
  maxAliases: number;
  /** Lexical tokens in the query document. */
  maxTokens: number;
  /** Bytes of request body. */
  maxBodyBytes: number;
  /** Largest `first`/`last` of a connection. */
  maxPageSize: number;
}

export const defaultLimits: RequestLimits = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 20,
  maxTokens: 2_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxPageSize: 100,
};

/** How long one `ingestArticle` parse may run: about 50 MB of text at the parser's speed, far beyond any article. */
export const defaultParseTimeoutMs = 20_000;

/** The parse worker's heap: a 5 MB body (the largest request) was measured to parse within 256 MB. */
export const defaultParseMaxHeapMb = 1024;

/** Variable sets remembered per document before starting over. */
const MAX_VERDICTS_PER_DOCUMENT = 256;

/** Short lists (participants, aliases, ids) have no page size; this is their assumed length. */
const PLAIN_LIST_MULTIPLIER = 5;

function isConnectionField(args: readonly { name: string }[]): boolean {
  return args.some((arg) => arg.name === "first") && args.some((arg) => arg.name === "after");
}

function isListOutput(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Field costs for plugin-complexity: a connection multiplies its selection by the page size it
 * asks for, its `edges` list then counts once, and other lists by a small constant.
 */
export function connectionComplexity<Context>(
  defaultPageSize: number,
): FieldComplexityFunction<Context, Record<string, unknown>> {
  return (args, _ctx, field) => {
    if (isConnectionField(field.args)) {
      const pageSize = args.first ?? args.last;
      return { field: 1, multiplier: typeof pageSize === "number" ? pageSize : defaultPageSize };
    }
    if (!isListOutput(field.type)) return 1;
    if (getNamedType(field.type).name.endsWith("Edge")) return { field: 1, multiplier: 1 };
    if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
    return { field: 1, multiplier: PLAIN_LIST_MULTIPLIER };
  };
}

function pageSizeRule(variables: Record<string, unknown>, maxPageSize: number): ValidationRule {
  return (context) => ({
    Field(node) {
      const field = context.getFieldDef();
      if (!field || !node.arguments || !isConnectionField(field.args)) return;
      for (const argument of node.arguments) {
        const name = argument.name.value;
        if (name !== "first" && name !== "last") continue;
        const value: unknown = valueFromAST(argument.value, GraphQLInt, variables);
        if (typeof value !== "number" || (value >= 0 && value <= maxPageSize)) continue;
        const coordinate = `${context.getParentType()?.name ?? "?"}.${field.name}`;
        context.reportError(
          new GraphQLError(
            `Argument "${name}" of ${coordinate} must be between 0 and ${maxPageSize}; got ${value}.`,
            { nodes: argument, extensions: { code: "PAGE_SIZE_OUT_OF_RANGE", max: maxPageSize } },
          ),
        );
      }
    },
  });
}

/**
 * Checks that need the request's variables (page sizes, depth, cost) run just before execution,
 * so that yoga's cache of variable-free validation stays correct.
 */
function useVariableDependentLimits(limits: RequestLimits): Plugin {
  // Yoga hands out one parsed document per query text, so the verdict for a document and its
  // variables can be kept: repeated operations skip the walk.
  const verdicts = new WeakMap<DocumentNode, Map<string, readonly GraphQLError[]>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const key = JSON.stringify([args.operationName ?? null, args.variableValues ?? null]);
      let known = verdicts.get(args.document);
      const cached = known?.get(key);
      if (cached) {
        if (cached.length > 0) setResultAndStopExecution({ errors: cached });
        return;
      }
      const operation = args.document.definitions.find(
        (definition: DefinitionNode): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (args.operationName == null || definition.name?.value === args.operationName),
      );
      if (!operation) return;
      const coerced = getVariableValues(
        args.schema,
        operation.variableDefinitions ?? [],
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      // Badly typed variables are reported by execution itself.
      if (coerced.errors) return;
      const errors = validate(args.schema, args.document, [
        pageSizeRule(coerced.coerced, limits.maxPageSize),
        createComplexityRule({
          context: args.contextValue as object,
          variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
          operationName: args.operationName ?? null,
          maxComplexity: limits.maxCost,
          maxDepth: limits.maxDepth,
        }),
      ]);
      if (!known) {
        known = new Map();
        verdicts.set(args.document, known);
      }
      if (known.size >= MAX_VERDICTS_PER_DOCUMENT) known.clear();
      const refusals = errors.map(asRequestError);
      known.set(key, refusals);
      if (refusals.length > 0) setResultAndStopExecution({ errors: refusals });
    },
  };
}

/**
 * A refusal before execution answers with no `data`, which GraphQL over HTTP makes a request error:
 * status 400 under application/graphql-response+json, as for a parse or validation failure.
 */
function asRequestError(error: Error): GraphQLError {
  if (!(error instanceof GraphQLError)) return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, http: { status: 400 } },
  });
}

/** Marks validation refusals (the alias limit's among them) as request errors. */
function useRequestErrorStatus(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(asRequestError));
      };
    },
  };
}

function bodyTooLarge(): GraphQLError {
  return new GraphQLError("Request body too large", { extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } } });
}

const CONTENT_LENGTH = /^\d+$/;

/**
 * The body size limit, in place of yoga's: yoga pipes every body through a counting stream, which
 * cost about a sixth of a small request. A valid Content-Length already bounds what an HTTP server
 * delivers, so only bodies without one (chunked) are counted as they arrive.
 */
function useBodySizeLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw new GraphQLError("Content-Length header is invalid.", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
        }
        if (Number(declared) > limit) throw bodyTooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((unbounded) => {
        let received = 0;
        // A body from node:http is a native stream, which only the native TransformStream can pipe.
        const Transform = unbounded.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
        const counted = unbounded.body?.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              received += chunk.byteLength;
              if (received > limit) controller.error(bodyTooLarge());
              else controller.enqueue(chunk);
            },
          }),
        );
        return parse(
          new fetchAPI.Request(unbounded.url, {
            method: unbounded.method,
            headers: unbounded.headers,
            signal: unbounded.signal,
            body: counted ?? null,
            duplex: "half",
          } as RequestInit),
        );
      });
    },
  };
}

/** The yoga plugins enforcing every limit (yoga's own body limit is to be turned off). */
export function limitPlugins(limits: RequestLimits): Plugin[] {
  return [
    useBodySizeLimit(limits.maxBodyBytes),
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    // Reported as a validation error rather than thrown, so that it gets a request error's status.
    maxAliasesPlugin({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [(context, error) => (context as ValidationContext | null)?.reportError(error)],
    }) as Plugin,
    useVariableDependentLimits(limits),
    useRequestErrorStatus(),
  ];
}
