/** The speaker a pronoun stands for ("a-t-il ajouté", "she said"): a subject met since, the last speaker or the person named last, agreeing in gender. */
import { DEMONSTRATIVE, type QuoteEvidence } from "../quotes/index.js";
import type { SaidWords } from "./echoes.js";
import { MAX_WRITTEN_PEOPLE } from "./names.js";
import { ORGANIZATION_WINDOW } from "./organizations.js";
import { type Gender, lastWrittenPerson, MAX_GENDER_MENTIONS, MAX_WRITTEN_SCANS, PRONOUN_WINDOW, pronounGender } from "./pronouns.js";
import { genderOf, type ResolverState, subjectBeforeObject, subjectSince } from "./resolver-state.js";
import { firstAtOrAfter, lastMentionBefore, type NamedMention, NO_SPEAKER, type Speaker } from "./speakers.js";
import { opensClause } from "./subjects.js";
import { PLURAL_END } from "./text.js";

/**
 * The pronoun's speaker, agreeing with it in gender: "elle" after Pierre Lemoine spoke is the
 * last woman who spoke before him, or else the last woman named.
 */
export function resolvePronoun(state: ResolverState, entry: QuoteEvidence): Speaker {
  const { ctx, lexicon, memory, pronounGenders } = state;
  const gender = pronounGender(entry.pronoun ?? "", lexicon);
  // One who has become the subject since the last speaker, of the pronoun's gender or of none known, is the one it stands for.
  const subject = entry.pronoun !== DEMONSTRATIVE ? subjectSince(state, entry.regionStart) : null;
  const subjectGender = subject ? genderOf(state, subject.name) : null;
  if (subject && (gender === null || subjectGender === null || subjectGender === gender)) {
    if (gender !== null && subjectGender === null && pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(subject.name, gender);
    return { name: subject.name, text: ctx.text.slice(entry.phraseStart, entry.phraseEnd) || entry.pronoun, isPerson: true, isNamed: true };
  }
  const speaker = pronounByPosition(state, entry);
  if (gender === null || !speaker.isPerson || speaker.name === null) return speaker;
  const own = genderOf(state, speaker.name);
  if (own === gender) return speaker;
  if (own === null) {
    // One who goes on speaking keeps the pronoun; a person only named last gives way to one nearby whose given
    // name agrees ("Ursula von der Leyen a répondu à Viktor Orban. « … », a-t-elle affirmé"). Whoever keeps it is
    // learnt to be of its gender.
    const continues = speaker.name === memory.lastSpeaker?.name;
    const agreeing = continues ? null : namedOfGender(state, gender, entry.regionStart, entry.regionStart - PRONOUN_WINDOW, speaker);
    if (agreeing) return agreeing;
    if (pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(speaker.name, gender);
    return speaker;
  }
  /** The latest earlier speaker whose gender nothing tells: "she" after Tom Reyes spoke may be Jade Hurst. */
  let untold: Speaker | null = null;
  for (let i = memory.attributed.length - 1; i >= 0; i--) {
    const earlier = (memory.attributed[i] as SaidWords).speaker;
    if (!earlier.isPerson || earlier.name === null) continue;
    const earlierGender = genderOf(state, earlier.name);
    if (earlierGender === gender) return { ...earlier, text: speaker.text };
    if (earlierGender === null) untold ??= earlier;
  }
  const named = namedOfGender(state, gender, entry.regionStart, 0, speaker);
  if (named) return named;
  if (!untold?.name) return speaker;
  if (pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(untold.name, gender);
  return { ...untold, text: speaker.text };
}

/** The person of `gender` named last before `position` (and from `from` on). */
function namedOfGender(state: ResolverState, gender: Gender, position: number, from: number, speaker: Speaker): Speaker | null {
  const { mentions } = state;
  for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < MAX_GENDER_MENTIONS; i--, seen++) {
    const mention = mentions[i] as NamedMention;
    if (mention.start < from) return null;
    if (!mention.isPerson || genderOf(state, mention.name) !== gender) continue;
    // The subject of the sentence that names this person as an object, if nothing says it is of the other gender.
    const subject = subjectBeforeObject(state, mention);
    const chosen = subject && (genderOf(state, subject.name) ?? gender) === gender ? subject : mention;
    return { name: chosen.name, text: speaker.text, isPerson: true, isNamed: true };
  }
  return null;
}

/** The speaker a pronoun stands for by where it is: the last speaker, a body for "it", a group for "they", or the person named last. */
function pronounByPosition(state: ResolverState, entry: QuoteEvidence): Speaker {
  const { ctx, lexicon, memory, mentions, names } = state;
  const text = ctx.text.slice(entry.phraseStart, entry.phraseEnd) || entry.pronoun;
  // « "Nobody wins a long strike," he said »: one named inside the quote is not the one who says it.
  const before = Math.min(entry.regionStart, memory.quoteOpensAt);
  const mention = lastMentionBefore(mentions, before, true);
  // A personal pronoun stands for a person: a group or body that spoke last gives way to a person named since ("selon lui"),
  // and a person who spoke last to another person who has since opened a sentence as its subject.
  const personSince = memory.lastSpeaker !== null && mention !== null && mention.start >= memory.lastSpeakerAt && (!memory.lastSpeaker.isPerson || (mention.name !== memory.lastSpeaker.name && opensClause(ctx.text, mention.start, mention.end, lexicon)));
  // "His lawyers said … He said …": one person is not the group that spoke last.
  const groupForOne = memory.lastSpeaker !== null && !memory.lastSpeaker.isNamed && PLURAL_END.test(memory.lastSpeaker.name ?? "") && lexicon.singularPronouns.has(entry.pronoun ?? "");
  // "They also report …" after one person spoke: a plural pronoun is a group's, the organization that spoke last or no one.
  if (lexicon.pluralPronouns.has((entry.pronoun ?? "").toLowerCase()) && (memory.lastSpeaker === null || memory.lastSpeaker.isPerson)) {
    return memory.lastOrganization ? { ...memory.lastOrganization, text } : { ...NO_SPEAKER, text };
  }
  // "In a statement, it said …": "it" is the body or company that spoke last, or the one named last nearby.
  if (lexicon.nonPersonPronouns.has((entry.pronoun ?? "").toLowerCase())) {
    if (memory.lastSpeaker !== null && !memory.lastSpeaker.isPerson && memory.lastSpeaker.name !== null) return { ...memory.lastSpeaker, text };
    const organization = lastMentionBefore(mentions, before, false);
    if (organization && !organization.isPerson && before - organization.start <= ORGANIZATION_WINDOW) return { name: organization.name, text, isPerson: false, isNamed: true };
    if (memory.lastOrganization) return { ...memory.lastOrganization, text };
  }
  if (entry.pronoun !== DEMONSTRATIVE && memory.lastSpeaker?.name && !personSince && !groupForOne) return { ...memory.lastSpeaker, text };
  const written = state.writtenScans++ < MAX_WRITTEN_SCANS ? lastWrittenPerson(ctx, names, before, lexicon) : null;
  // "Carrel a critiqué le Premier ministre, Marc Vidal. « … », a-t-il prévenu": a personal pronoun goes on with the
  // sentence's subject, not with its object named last (a demonstrative, « celui-ci », does point at the last one).
  const subject = mention && entry.pronoun !== DEMONSTRATIVE ? subjectBeforeObject(state, mention) : null;
  const name = written && (!mention || written.at >= mention.end) ? written.person.name : (subject ?? mention)?.name;
  return name ? { name, text, isPerson: true, isNamed: true } : { ...NO_SPEAKER, text };
}
