/** What the command line says: Chinese first with English, or one language when --lang picks it. */
import type { Lang } from '../engine/types';

export interface Msg {
  readonly zh: string;
  readonly en: string;
}

export const msg = (zh: string, en: string): Msg => ({ zh, en });

/** The text of a message: both languages ("中文 / English") unless a language was chosen. */
export function say(m: Msg, lang: Lang | undefined): string {
  if (lang) return m[lang];
  return m.zh === m.en ? m.zh : `${m.zh} / ${m.en}`;
}

/** A failure the command reports in one line, with the exit code it ends with. */
export class CliError extends Error {
  constructor(
    readonly text: Msg,
    readonly exitCode: number = 2,
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}

export const usageError = (zh: string, en: string): CliError => new CliError(msg(`${zh}（kaoping --help 查看用法）`, `${en} (see kaoping --help)`), 2);

/** Numbers with thousands separators, the same in both languages. */
export const num = (n: number): string => n.toLocaleString('en-US');

export const seconds = (ms: number): Msg => {
  const s = (ms / 1000).toFixed(1);
  return msg(`${s} 秒`, `${s} s`);
};
