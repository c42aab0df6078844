import type { MeetingWords } from "../../stages/meetings.js";

export const meetings: MeetingWords = {};
