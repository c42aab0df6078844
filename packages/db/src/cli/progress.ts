import type { FileFailure, IngestFilesSummary, IngestProgress } from "../ingest-files.js";

/**
 * Reports an ingest on stderr: a redrawn progress bar on a terminal, nothing until the summary
 * otherwise. Failures are printed one per line as they happen, in both cases.
 */
export class IngestReporter {
  private readonly tty: boolean;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.tty = Boolean(stream.isTTY);
  }

  progress = (progress: IngestProgress): void => {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.lastDraw < 80 && progress.done < progress.total) return;
    this.lastDraw = now;
    const width = 30;
    const ratio = progress.total === 0 ? 1 : progress.done / progress.total;
    const filled = Math.round(ratio * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    const rate = progress.done / Math.max(0.001, (now - this.started) / 1000);
    this.stream.write(
      `\r${bar} ${progress.done}/${progress.total} files · ${progress.failed} failed · ${rate.toFixed(0)}/s\x1b[K`,
    );
    this.drawn = true;
  };

  failure = (failure: FileFailure): void => {
    this.clearLine();
    this.stream.write(`error: ${failure.path}: ${failure.reason}\n`);
  };

  summary(summary: IngestFilesSummary): void {
    this.clearLine();
    const seconds = (Date.now() - this.started) / 1000;
    this.stream.write(
      `${summary.files} files: ${summary.created} created, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ` +
        `${summary.failures.length} failed (${seconds.toFixed(1)} s)\n`,
    );
  }

  private clearLine(): void {
    if (this.tty && this.drawn) this.stream.write("\r\x1b[K");
  }
}
