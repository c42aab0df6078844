/** The token windows that keep every search of the stage local, and the small word sets its readers share. */

/** Attribution windows, in tokens: they keep every search local, so the stage stays linear. */
export const MAX_SUBJECT_TOKENS = 30;
export const MAX_CONTENT_TOKENS = 220;
export const MAX_SENTENCE_TOKENS = 320;
export const MAX_GAP_TOKENS = 8;
/** An inverted speaker ("…, a indiqué l'attaché de presse du chef de l'État, Dmitri Peskov.") ends the sentence soon. */
export const MAX_INVERTED_TOKENS = 16;
export const COMMA_LIKE = new Set([",", ";", ":", "(", ")"]);
/** Prepositions that cannot open a reported clause ("said to have", "told of"). */
export const NOT_A_CLAUSE_START = new Set(["to", "by", "as", "for", "with", "of", "from", "into", "about", "than", "in", "on", "at", "after", "before"]);

/** Tokens of a name closing a sentence after a source, at most. */
export const MAX_NAME_TOKENS = 6;
