/**
 * The command's process: runs `run` on the process's arguments and ends with its exit code. The one
 * entry of the bundle (webpack.cli.config.js builds it into dist/cli/kaoping.cjs) and, in
 * development, what bin/kaoping.cjs loads through tsx: both start the command the same way.
 */
import { run } from './main';

const FAILED =
  'kaoping: 内部错误：命令未能完成（设置 KAOPING_DEBUG=1 可查看详情） / internal error: the command could not finish (set KAOPING_DEBUG=1 for details)\n';
const STOPPED = 'kaoping: 内部错误：命令未完成就停止了 / internal error: the command stopped before it finished\n';

/**
 * run() reports its own failures in one line; reaching here means it could not even do that. The
 * error's own text is no reason a clerk can act on: it is shown with KAOPING_DEBUG=1 only.
 */
function fail(error: unknown): void {
  process.stderr.write(FAILED);
  if (process.env.KAOPING_DEBUG === '1') process.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}

/**
 * A reader that stops early (`kaoping demo | head`, `--json - | head`) closes the pipe: the rest of the
 * output has nowhere to go, and the run still finishes its files. Node would otherwise end the command
 * with a stack trace for the write that failed.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') fail(error);
  });
}
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

let settled = false;
run(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    fail(error);
  },
);
// Nothing left to wait for, yet no result: a library's promise that never settles. Say so and end with
// 2 instead of quietly exiting 0.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write(STOPPED);
  process.exitCode = 2;
});
