import type { Locale } from "../index.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { meetings } from "./meetings.js";
import { quotes } from "./quotes.js";
import { structure } from "./structure.js";

export const en: Locale = { code: "en", structure, entities, quotes, meetings, dates };
