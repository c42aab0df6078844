import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { NewsgraphYoga } from "./yoga.js";

export interface ListeningServer {
  server: Server;
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  port: number;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/** Serves the yoga handler over node:http; port 0 picks a free port. */
export async function listen(
  yoga: NewsgraphYoga,
  { port, host, drainTimeoutMs = 10_000 }: { port: number; host: string; drainTimeoutMs?: number },
): Promise<ListeningServer> {
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const shownHost = host === "127.0.0.1" || host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    server,
    port: actualPort,
    url: `http://${shownHost}:${actualPort}${yoga.graphqlEndpoint}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
        server.closeIdleConnections();
        const forced = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
        forced.unref();
      }),
  };
}
