// A one-line progress bar on stderr, drawn only when stderr is a terminal.
export class Progress {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(
    private total: number | null,
    private readonly label: string,
    stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = !!stream.isTTY;
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  tick(n = 1): void {
    this.done += n;
    const now = Date.now();
    if (!this.enabled || (now - this.last < 80 && this.done !== this.total)) return;
    this.last = now;
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    const width = 30;
    const bar =
      this.total && this.total > 0
        ? `[${"#".repeat(Math.round((width * Math.min(this.done, this.total)) / this.total)).padEnd(width, ".")}] ${this.done}/${this.total}`
        : `${this.done}`;
    this.stream.write(`\r${bar} ${this.label} ${rate.toFixed(0)}/s\x1b[K`);
  }

  /**
   * Print a line above the bar (a refusal or warning) without garbling it. The line often quotes
   * untrusted text (file names, values from an article), so control characters are escaped:
   * an article must not be able to send escape sequences to the operator's terminal.
   */
  log(line: string): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
    this.stream.write(terminalSafe(line) + "\n");
  }

  finish(): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
  }
}

/** Control characters (C0, DEL, C1) and Unicode line/paragraph separators shown as \\uXXXX. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
