import { randomBytes } from "node:crypto";

let lastTime = 0;
let sequence = 0;

/**
 * A new row id: 10 base-36 characters of milliseconds, 4 of a per-millisecond sequence, 8 random.
 * Ids sort in creation order within a process, are made without a database round trip (so a whole
 * batch can be inserted with createMany), and are plain [0-9a-z] words for the full-text index.
 */
export function newId(): string {
  const now = Date.now();
  if (now === lastTime) sequence += 1;
  else {
    lastTime = now;
    sequence = 0;
  }
  const random = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, "0").slice(-8);
  return now.toString(36).padStart(10, "0") + sequence.toString(36).padStart(4, "0") + random;
}
