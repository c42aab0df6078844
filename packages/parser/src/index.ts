export { parseDocument } from "./parse.js";
export type * from "./types.js";
