import type { CallRecord } from './caller.js';
import type { AccountEvent } from './run.js';

/**
 * Live progress on stderr while a scan runs: a block of lines redrawn in place, one
 * summary line and one per account in flight (its regions, calls, errors, and the last
 * service and region it called). Only for a terminal: redirected to a file or a CI log it
 * would be noise, so the CLI creates it only when stderr is a TTY.
 */

interface AccountState {
  name?: string;
  regions?: number;
  calls: number;
  errors: number;
  last?: string;
}

export interface ProgressStream {
  write(s: string): boolean;
  columns?: number;
}

export class Progress {
  private readonly active = new Map<string, AccountState>();
  private done = 0;
  private failed = 0;
  private started = 0;
  private calls = 0;
  private errors = 0;
  private drawn = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly t0 = Date.now();

  constructor(
    private readonly out: ProgressStream,
    private readonly everyMs = 200,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.draw(), this.everyMs);
    // Never keeps the process alive on its own.
    this.timer.unref();
  }

  /** Clears the block; what was drawn last is replaced by nothing. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  account(e: AccountEvent): void {
    if (e.phase === 'start') {
      this.started++;
      this.active.set(e.account, { ...(e.name ? { name: e.name } : {}), calls: 0, errors: 0 });
    } else if (e.phase === 'regions') {
      const a = this.active.get(e.account);
      if (a) a.regions = e.regions;
    } else {
      this.active.delete(e.account);
      this.done++;
      if (e.phase === 'failed') {
        this.failed++;
        this.log(`phiguard: account ${e.account} not scanned: ${e.reason}`);
      }
    }
  }

  call(r: CallRecord, account?: string): void {
    this.calls++;
    if (r.error) this.errors++;
    const a = account ? this.active.get(account) : undefined;
    if (!a) return;
    a.calls++;
    if (r.error) a.errors++;
    a.last = `${r.service} ${r.region}`;
  }

  /** A line that stays (a verbose call log, a failed account), written above the block. */
  log(line: string): void {
    this.clear();
    this.out.write(`${line}\n`);
    if (this.timer) this.draw();
  }

  /** The block as it would be drawn now, for tests. */
  lines(): string[] {
    const secs = Math.round((Date.now() - this.t0) / 1000);
    const time = secs >= 60 ? `${Math.floor(secs / 60)}m${String(secs % 60).padStart(2, '0')}s` : `${secs}s`;
    const head =
      `phiguard: ${this.done}/${this.started} account(s) done${this.failed ? ` (${this.failed} failed)` : ''}` +
      ` · ${this.calls.toLocaleString('en-US')} calls · ${this.errors.toLocaleString('en-US')} errors · ${time}`;
    const rows = [...this.active].map(([id, a]) => {
      const parts = [
        `  ${id}${a.name ? ` ${a.name}` : ''}`,
        a.regions === undefined ? 'finding regions' : `${a.regions} regions`,
        `${a.calls.toLocaleString('en-US')} calls`,
        `${a.errors} errors`,
        ...(a.last ? [`last ${a.last}`] : []),
      ];
      return parts.join(' · ');
    });
    return [head, ...rows];
  }

  private draw(): void {
    this.clear();
    const width = Math.max(20, (this.out.columns ?? 100) - 1);
    // Names from Organizations are the user's own, but control characters never reach the terminal.
    const lines = this.lines().map((l) => l.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, width));
    this.out.write(`${lines.join('\n')}\n`);
    this.drawn = lines.length;
  }

  private clear(): void {
    // Up to the first line of the block, then erase to the end of the screen.
    if (this.drawn) this.out.write(`\u001b[${this.drawn}F\u001b[J`);
    this.drawn = 0;
  }
}

/** One `--verbose` line per API call. */
export function callLine(r: CallRecord, account?: string): string {
  return `phiguard: ${account ? `${account} ` : ''}${r.service}:${r.operation} ${r.region} ${r.ms}ms${r.error ? ` ${r.error}` : ''}`;
}
