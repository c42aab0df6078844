export { configFromEnv, limitVariables, type ServerConfig } from "./config.js";
export type { Context } from "./context.js";
export { listen, type ListeningServer } from "./http.js";
export { defaultLimits, type RequestLimits } from "./limits.js";
export { schema } from "./schema/index.js";
export { createNewsgraphYoga, type NewsgraphYoga, type YogaOptions } from "./yoga.js";
