/**
 * A one-line progress bar on stderr: redrawn in place on a terminal, printed every 10 % otherwise
 * (CI logs would otherwise fill with carriage returns).
 */
export class Progress {
  private readonly started = Date.now();
  private lastDecile = -1;
  private lastDraw = 0;
  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  update(done: number) {
    const now = Date.now();
    const fraction = this.total === 0 ? 1 : Math.min(1, done / this.total);
    const tty = process.stderr.isTTY;
    const decile = Math.floor(fraction * 10);
    if (tty ? now - this.lastDraw < 100 && done < this.total : decile === this.lastDecile) return;
    this.lastDraw = now;
    this.lastDecile = decile;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = `  ${this.label.padEnd(11)} ${bar} ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${((now - this.started) / 1000).toFixed(0)} s`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  }

  finish() {
    this.update(this.total);
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
}

export const log = (line: string) => process.stderr.write(`${line}\n`);
