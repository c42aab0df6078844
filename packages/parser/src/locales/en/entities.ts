import type { EntityWords } from "../../stages/entities.js";

export const entities: EntityWords = {};
