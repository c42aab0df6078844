import type { QuoteWords } from "../../stages/quotes.js";

export const quotes: QuoteWords = {};
