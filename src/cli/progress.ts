/** Progress of a long run on stderr: one line per stage, silenced by --quiet. */
import type { Lang } from '../engine/types';
import type { Io } from './io';
import { say, seconds, type Msg } from './messages';

export class Progress {
  private started = Date.now();

  constructor(
    private readonly io: Io,
    private readonly lang: Lang | undefined,
    private readonly quiet: boolean,
  ) {}

  /** Starts timing a stage. */
  begin(): void {
    this.started = Date.now();
  }

  /** Ends a stage with its line, and starts timing the next. */
  done(line: Msg): void {
    if (!this.quiet) {
      const took = seconds(Date.now() - this.started);
      this.io.err(`${say({ zh: `${line.zh}（${took.zh}）`, en: `${line.en} (${took.en})` }, this.lang)}\n`);
    }
    this.begin();
  }

  /** A line outside the stages (a summary, a note). */
  note(line: Msg): void {
    if (!this.quiet) this.io.err(say(line, this.lang) + '\n');
  }
}
