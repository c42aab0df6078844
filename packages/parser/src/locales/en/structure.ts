import type { StructureWords } from "../../stages/segment.js";

export const structure: StructureWords = {};
