/** What the modules share: a cue's match, a party, a unit and a sentence's reading, the meeting being built (`Draft`), the look-back bounds and the word-start test. */
import type { Meeting, MeetingKind } from "../../types.js";
import type { Sentence } from "../context.js";
import type { DateMention, Tense, TimeMention } from "../dates.js";
import type { MeetingCue } from "./words.js";

export interface CueMatch {
  cue: MeetingCue;
  start: number;
  end: number;
}

export interface Party {
  name: string;
  start: number;
  kind: "person" | "country" | "organization";
  /** A country written by its name or demonym, not by its capital or seat of power. */
  byName?: boolean;
  /** Written as where something happens ("à Bruxelles", "in Vienna"). */
  locative?: boolean;
}

/**
 * A meeting being built: the public fields plus what later sentences may still fill in. The
 * meeting itself is made when first asked for: most meetings left pending without a date are
 * never read again. A class rather than a literal with a getter, which V8 builds far more slowly.
 */
export class Draft {
  private built: Meeting | null = null;

  constructor(
    private readonly build: () => Meeting,
    public sentenceIndex: number,
    public zoneIsLocal: boolean,
    /** The tense around the cue: decides held or scheduled for a meeting on publication day. */
    public tense: Tense,
    /** The time read for the meeting, when it gives its zone only through an equivalent ("9 heures à Paris"). */
    public readonly equivalentTime: TimeMention | null = null,
    /** Every kind its cue words name ("will meet … for peace talks": a meeting, and the talks named again later). */
    public readonly cueKinds: ReadonlySet<MeetingKind> = new Set(),
  ) {}

  get meeting(): Meeting {
    return (this.built ??= this.build());
  }
}
export const MAX_DRAFTS_LOOKED_BACK = 50;
export const MAX_SENTENCES_LOOKED_BACK = 10;

export interface Unit {
  cues: CueMatch[];
  /** Sentence-relative region the unit reads its date, participants and topics from. */
  from: number;
  to: number;
  /**
   * Where the words that join it to the meeting before start, when it shares that meeting's subject
   * ("X met Y on Monday and later called Z"): its own parties are read from there, its subject is the sentence's.
   */
  joinedAt?: number;
}

/** What a sentence holds that its meetings read from. */
export interface SentenceReading {
  index: number;
  sentence: Sentence;
  text: string;
  mentions: DateMention[];
  excluded: Array<[number, number]>;
  tense: Tense;
}

export const letter = /\p{L}/u;

/** Whether `at` starts a word: regexes are faster without a look-behind, so the check is here. */
export function startsWord(text: string, at: number): boolean {
  return at === 0 || !letter.test(text[at - 1]!);
}
