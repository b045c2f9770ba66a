/**
 * The kaoping command: dispatches to recalc, template and demo, and turns every failure into one line
 * on stderr and an exit code (0 scored, 1 scored with errors, 2 nothing scored or could not run).
 * Details of unexpected failures are shown only with KAOPING_DEBUG=1.
 */
import type { Lang } from '../engine/types';
import { demo } from './demo';
import { processIo, type Io } from './io';
import { CliError, msg, say } from './messages';
import { recalc } from './recalc';
import { template } from './template';
import { usage } from './usage';

const COMMANDS: Record<string, (args: readonly string[], io: Io) => Promise<number>> = { recalc, template, demo };

/** The --lang of the arguments, if any and valid, so that even a failure speaks the chosen language. */
function langOf(args: readonly string[]): Lang | undefined {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return undefined;
  const v = args[at].includes('=') ? args[at].slice('--lang='.length) : args[at + 1];
  return v === 'zh' || v === 'en' ? v : undefined;
}

/** parseArgs reports bad options with these codes; they are usage errors, not bugs. */
function isArgError(e: unknown): e is Error {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return code.startsWith('ERR_PARSE_ARGS_');
}

/** A failure is told in one line, whatever text it quotes (a cell's line breaks, a damaged file's names). */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this takes out
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

export async function run(args: readonly string[], io: Io = processIo): Promise<number> {
  const lang = langOf(args);
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(usage(lang));
      return command === undefined ? 2 : 0;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new CliError(msg(`未知命令“${command}”（kaoping --help 查看用法）`, `unknown command "${command}" (see kaoping --help)`), 2);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(usage(lang));
      return 0;
    }
    return await handler(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`kaoping: ${oneLine(say(e.text, lang))}\n`);
      return e.exitCode;
    }
    if (isArgError(e)) {
      const first = e.message.split(/\.(\s|$)/)[0];
      io.err(`kaoping: ${oneLine(say(msg(`参数有误：${first}（kaoping --help 查看用法）`, `bad arguments: ${first} (see kaoping --help)`), lang))}\n`);
      return 2;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`kaoping: ${oneLine(say(msg(`内部错误：${detail}（设置 KAOPING_DEBUG=1 可查看详情）`, `internal error: ${detail} (set KAOPING_DEBUG=1 for details)`), lang))}\n`);
    if (io.env.KAOPING_DEBUG === '1') io.err(`${e instanceof Error && e.stack ? e.stack : detail}\n`);
    return 2;
  }
}
