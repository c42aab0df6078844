#!/usr/bin/env node
/**
 * `node dist/bench/growth.js UNIT SMALL LARGE`: how parse time grows with input size. Parses UNIT
 * repeated to SMALL and to LARGE characters, alternately nine times, and prints the fastest CPU
 * milliseconds of each as JSON. The growth-rate test runs it in a fresh process per input: run
 * after other large inputs in one process, the same parse read up to 2.9× where alone it reads 2.2×.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parseDocument } from "../index.js";

setFlagsFromString("--expose-gc");
/** V8's collector, so that no run pays for the garbage left by the one before. */
const collectGarbage = runInNewContext("gc") as () => void;

/** CPU rather than wall time: the time this process waits for a core is not the parser's. */
function parseTime(text: string): number {
  collectGarbage();
  const started = process.cpuUsage();
  parseDocument(text, { publishedAt: "2021-12-30" });
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

const [unit, smallSize, largeSize] = process.argv.slice(2);
if (!unit || !Number(smallSize) || !Number(largeSize)) {
  process.stderr.write("usage: growth UNIT SMALL LARGE\n");
  process.exit(1);
}
const repeatTo = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const small = repeatTo(Number(smallSize));
const large = repeatTo(Number(largeSize));
parseDocument(small);
// Alternating runs let load from other processes fall on both sizes alike; outside noise only adds time.
let fastestSmall = Infinity;
let fastestLarge = Infinity;
for (let round = 0; round < 9; round++) {
  fastestSmall = Math.min(fastestSmall, parseTime(small));
  fastestLarge = Math.min(fastestLarge, parseTime(large));
}
process.stdout.write(`${JSON.stringify({ small: fastestSmall, large: fastestLarge })}\n`);
