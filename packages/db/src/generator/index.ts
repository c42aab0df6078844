import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DocumentMeta } from "../ingest.js";
import {
  countries,
  cues,
  fillers,
  firstNames,
  lastNames,
  monthNames,
  organizations,
  quoteEndings,
  quoteOpenings,
  roles,
  sources,
  topics,
  weekdays,
} from "./words.js";

export interface GeneratedArticle {
  /** File-name-like stable identity ("gen-000042-fr"). */
  slug: string;
  url: string;
  language: "fr" | "en";
  title: string;
  /** The document: title line, paragraphs separated by blank lines, sign-off. */
  text: string;
  /** What to pass to `ingestDocument` (or write to a NAME.meta.json sidecar). */
  meta: DocumentMeta & { publishedAt: string; source: string; url: string; slug: string };
}

/** A small, fast, seedable pseudo-random generator (mulberry32). */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CastMember {
  first: string;
  last: string;
  role: (typeof roles)[number];
  country: (typeof countries)[number];
}

/** The people generated articles talk about: a fixed cast, so the same names recur across articles. */
function castOf(random: () => number, size: number): CastMember[] {
  const cast: CastMember[] = [];
  const used = new Set<string>();
  while (cast.length < size) {
    const first = pick(random, firstNames);
    const last = pick(random, lastNames);
    if (used.has(`${first} ${last}`)) continue;
    used.add(`${first} ${last}`);
    cast.push({ first, last, role: pick(random, roles), country: pick(random, countries) });
  }
  return cast;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function two(value: number): string {
  return String(value).padStart(2, "0");
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function frenchDate(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? "1er" : day} ${monthNames.fr[date.getUTCMonth()]}`;
}

function englishDate(date: Date): string {
  return `${monthNames.en[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `count` realistic French and English news articles, the same for the same `seed`: people with
 * roles who recur across articles (full name first, surname alone later), direct quotes with
 * their speakers, an indirect quote, a scheduled or past meeting with date, local time and zone,
 * organizations and countries. Used by `pnpm bench:ingest` and by the API benchmark.
 */
export function generateArticles(count: number, seed = 1): GeneratedArticle[] {
  const random = randomSource(seed);
  const cast = castOf(random, 240);
  const articles: GeneratedArticle[] = [];
  const firstDay = Date.UTC(2020, 0, 1);
  for (let index = 0; index < count; index += 1) {
    const language = random() < 0.5 ? "fr" : "en";
    const source = pick(random, sources.filter((candidate) => candidate.language === language));
    const published = new Date(firstDay + Math.floor(random() * 1800) * 86_400_000);
    const host = cast[Math.floor(random() * cast.length)] as CastMember;
    let guest = cast[Math.floor(random() * cast.length)] as CastMember;
    if (guest === host) guest = cast[(cast.indexOf(host) + 1) % cast.length] as CastMember;
    const commentator = cast[Math.floor(random() * cast.length)] as CastMember;
    const organization = pick(random, organizations)[language];
    const topic = pick(random, topics)[language];
    const secondTopic = pick(random, topics)[language];
    const future = random() < 0.6;
    const meetingDay = new Date(published.getTime() + (future ? 1 + Math.floor(random() * 20) : -(1 + Math.floor(random() * 20))) * 86_400_000);
    const hour = 8 + Math.floor(random() * 13);
    const minute = pick(random, [0, 15, 30, 45]);
    const kind = pick(random, ["phone", "summit", "visit", "talks"] as const);
    const quote = `${pick(random, quoteOpenings[language])} ${pick(random, quoteEndings[language])}`;
    const secondQuote = `${pick(random, quoteOpenings[language])} ${pick(random, quoteEndings[language])}`;
    const cue = pick(random, cues[language]);
    const secondCue = pick(random, cues[language]);
    const filler = [pick(random, fillers[language]), pick(random, fillers[language])];
    const number = String(index).padStart(6, "0");
    const slug = `gen-${number}-${language}`;
    const url = `https://${source.host}/${isoDay(published)}/${slug}`;
    const hostFull = `${host.first} ${host.last}`;
    const guestFull = `${guest.first} ${guest.last}`;
    const commentatorFull = `${commentator.first} ${commentator.last}`;
    const weekday = weekdays[language][published.getUTCDay()];

    let title: string;
    let paragraphs: string[];
    if (language === "fr") {
      const when = `le ${frenchDate(meetingDay)} à ${hour}h${two(minute)}, ${host.country.city.fr}`;
      const meetingSentence = {
        phone: future
          ? `${hostFull} et ${guestFull} auront un entretien téléphonique ${when}.`
          : `${hostFull} et ${guestFull} se sont entretenus par téléphone ${when}.`,
        summit: future
          ? `${hostFull} et ${guestFull} se retrouveront lors d'un sommet ${when}.`
          : `${hostFull} et ${guestFull} se sont retrouvés lors d'un sommet ${when}.`,
        visit: future
          ? `${guestFull} effectuera une visite officielle en ${host.country.fr} ${when}.`
          : `${guestFull} a effectué une visite officielle en ${host.country.fr} ${when}.`,
        talks: future
          ? `Des négociations entre ${hostFull} et ${guestFull} auront lieu ${when}.`
          : `Des négociations entre ${hostFull} et ${guestFull} ont eu lieu ${when}.`,
      }[kind];
      title = `${host.last} et ${guest.last} : ${topic} au cœur des discussions`;
      paragraphs = [
        `${host.country.capital.fr}, ${weekday} — ${meetingSentence} Les échanges porteront sur ${topic}, a annoncé ${weekday} le ${organization}.`,
        `« ${quote} », ${cue} ${hostFull}, ${host.role.fr}, devant la presse.`,
        `Selon ${commentatorFull}, ${commentator.role.fr}, les deux parties devraient également aborder ${secondTopic}.`,
        `${filler[0]} ${filler[1]}`,
        `« ${secondQuote} », ${secondCue} ${guest.last}, ${guest.role.fr} de ${guest.country.fr}.`,
      ];
    } else {
      const when = `on ${englishDate(meetingDay)} at ${two(hour)}:${two(minute)} ${host.country.city.en}`;
      const meetingSentence = {
        phone: future
          ? `${hostFull} and ${guestFull} will hold a phone call ${when}.`
          : `${hostFull} and ${guestFull} held a phone call ${when}.`,
        summit: future
          ? `${hostFull} and ${guestFull} will meet at a summit ${when}.`
          : `${hostFull} and ${guestFull} met at a summit ${when}.`,
        visit: future
          ? `${guestFull} will pay an official visit to ${host.country.en} ${when}.`
          : `${guestFull} paid an official visit to ${host.country.en} ${when}.`,
        talks: future
          ? `Negotiations between ${hostFull} and ${guestFull} will take place ${when}.`
          : `Negotiations between ${hostFull} and ${guestFull} took place ${when}.`,
      }[kind];
      title = `${host.last} and ${guest.last} put ${topic} at the centre of talks`;
      paragraphs = [
        `${host.country.capital.en}, ${weekday} — ${meetingSentence} The discussions will cover ${topic}, the ${organization} announced on ${weekday}.`,
        `“${quote},” ${hostFull}, ${host.country.en}'s ${host.role.en}, ${cue}.`,
        `According to ${commentatorFull}, ${commentator.role.en}, the two sides are also expected to discuss ${secondTopic}.`,
        `${filler[0]} ${filler[1]}`,
        `“${secondQuote},” ${guest.last}, ${guest.country.en}'s ${guest.role.en}, ${secondCue}.`,
      ];
    }
    const signOff = language === "fr" ? `${source.name}, ${frenchDate(published)} ${published.getUTCFullYear()}` : `${source.name}, ${englishDate(published)}, ${published.getUTCFullYear()}`;
    const text = `${title}\n\n${paragraphs.map(capitalise).join("\n\n")}\n\n${signOff}\n`;
    articles.push({
      slug,
      url,
      language,
      title,
      text,
      meta: { publishedAt: isoDay(published), source: source.name, url, slug, language },
    });
  }
  return articles;
}

/**
 * Writes articles as NAME.txt files with NAME.meta.json sidecars (publishedAt, source, url, slug,
 * language), the layout `pnpm ingest FOLDER` reads.
 */
export async function writeArticleFiles(folder: string, articles: readonly GeneratedArticle[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (const article of articles) {
    const path = join(folder, `${article.slug}.txt`);
    await writeFile(path, article.text);
    await writeFile(join(folder, `${article.slug}.meta.json`), `${JSON.stringify(article.meta, null, 2)}\n`);
    paths.push(path);
  }
  return paths;
}
