/** What the passes after the first read for quotes left with no speaker: the speaker a text announces, a quotation standing alone, a title no one holds. */
import type { DocumentContext } from "../context.js";
import { type Lexicon, startsUpperCase } from "../quotes/reporting-verbs.js";
import { personRoleNouns } from "./roles.js";
import type { Speaker } from "./speakers.js";
import { descriptionWords, PLURAL_END, splitOnSpaces } from "./text.js";

/**
 * How an unnamed speaker is written as one person's title with no complement: with a definite article ("the spokesman",
 * « le premier ministre »), or capitalised alone ("Minister added"); null for anything else (« le président du
 * tribunal » may be someone new, "ministers" a group).
 */
export function isUnheldTitle(speaker: Speaker, ctx: DocumentContext, lexicon: Lexicon): "bare" | "definite" | null {
  const words = descriptionWords(speaker.text ?? "");
  // ("Minister added", "Sports Minister said": a capitalised title written alone is as definite as one with its article.)
  const bare = words.length <= 2 && startsUpperCase((speaker.text ?? "").trim()) && !lexicon.articles.has(words[0] ?? "");
  const [article = "", ...rest] = words;
  const title = bare ? words : rest;
  if (!bare && (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article))) return null;
  if (title.some((word) => lexicon.functionWords.has(word))) return null;
  const roleNouns = personRoleNouns(ctx);
  const held = title.some((word) => roleNouns.has(word)) && !title.some((word) => PLURAL_END.test(word) && roleNouns.has(word.slice(0, -1)));
  return !held ? null : bare ? "bare" : "definite";
}

/**
 * The first person whose words the text announces as a noun of speech owned by them ("the remarks by Clara Vidal",
 * « les déclarations de Clara Vidal »), with where the announcement ends; null when there is none.
 */
export function announcedSpeaker(ctx: DocumentContext, lexicon: Lexicon): { speaker: Speaker; at: number } | null {
  for (const person of ctx.people) {
    for (const mention of person.mentions.slice(0, MAX_ANNOUNCING_MENTIONS)) {
      const words = splitOnSpaces(ctx.text.slice(Math.max(0, mention.start - ANNOUNCEMENT_WINDOW), mention.start).toLowerCase()).filter((word) => word !== "");
      const link = words[words.length - 1] ?? "";
      const noun = words[words.length - 2] ?? "";
      if ((lexicon.genitives.has(link) || lexicon.passiveAgents.has(link)) && lexicon.documentNouns.has(noun) && !lexicon.recordNouns.has(noun)) {
        return { speaker: { name: person.name, text: null, isPerson: true, isNamed: true }, at: mention.end };
      }
    }
  }
  return null;
}

/** Mentions of each person read for an announcement of their words. */
const MAX_ANNOUNCING_MENTIONS = 3;
/** Characters read before a mention for the noun of speech and its genitive. */
const ANNOUNCEMENT_WINDOW = 40;

/**
 * Whether a quotation stands as a sentence of its own: only its opening mark, or a short lead-in closed by a comma or
 * colon ("Pour poursuivre, « … »"), between the sentence's start and `start`.
 */
export function opensSentenceAlone(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LEAD_IN_WINDOW), start);
  const lead = SENTENCE_LEAD.exec(before)?.[1];
  if (lead === undefined) return false;
  const words = lead.trim().replace(/[«“"‹\s]+$/u, "");
  return words === "" || (/[,:]$/u.test(words) && splitOnSpaces(words).filter((word) => word !== "").length <= MAX_LEAD_IN_WORDS);
}

/** Characters read back for a quotation's lead-in. */
const LEAD_IN_WINDOW = 80;
/** The words after the last sentence break, a closing mark after its period included (or the window's start). */
const SENTENCE_LEAD = /(?:^|[.!?][»”"]?\s|\n)([^.!?\n]*)$/u;
/** Words of a lead-in before a quotation that stands alone at most ("Pour poursuivre,"). */
const MAX_LEAD_IN_WORDS = 3;
