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

  /** Print a line above the bar (a refusal or warning) without garbling it. */
  log(line: string): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
    this.stream.write(line + "\n");
  }

  finish(): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
  }
}
