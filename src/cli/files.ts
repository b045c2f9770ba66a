/** The command line's file handling: reading the input, writing outputs whole or not at all. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../engine/types';
import { CliError, msg, type Msg } from './messages';

function code(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

function fileProblem(e: unknown, file: string, writing: boolean): Msg {
  switch (code(e)) {
    case 'ENOENT':
      return writing ? msg(`无法写入 ${file}：文件夹不存在`, `cannot write ${file}: the folder does not exist`) : msg(`找不到文件 ${file}`, `file not found: ${file}`);
    case 'EISDIR':
      return msg(`${file} 是文件夹，不是文件`, `${file} is a folder, not a file`);
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return writing
        ? msg(`无法写入 ${file}：没有权限，或文件正在 Excel 中打开（请关闭后重试）`, `cannot write ${file}: no permission, or it is open in Excel (close it and try again)`)
        : msg(`无法读取 ${file}：没有权限，或文件被占用`, `cannot read ${file}: no permission, or the file is in use`);
    default: {
      const detail = e instanceof Error ? e.message : String(e);
      return writing ? msg(`无法写入 ${file}：${detail}`, `cannot write ${file}: ${detail}`) : msg(`无法读取 ${file}：${detail}`, `cannot read ${file}: ${detail}`);
    }
  }
}

export function readInput(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(fileProblem(e, file, false), 2);
  }
}

/**
 * Writes a file whole: into a temporary file beside it, then renamed over it, so a failure (a full
 * disk, the file open in Excel) never leaves half a workbook behind.
 */
export function writeWhole(file: string, data: Uint8Array | string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new CliError(fileProblem(e, file, true), 2);
  }
}

export function ensureDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliError(fileProblem(e, dir, true), 2);
  }
}

/** `报表.xlsx` -> `报表-结果.xlsx` (`-results` in English), beside the input, keeping .xlsm for macros. */
export function defaultOutput(input: string, lang: Lang): string {
  const ext = path.extname(input);
  const keep = /^\.xls[xm]$/i.test(ext) ? ext : '.xlsx';
  const stem = /^\.xls[xm]$/i.test(ext) ? input.slice(0, -ext.length) : input;
  return `${stem}${lang === 'en' ? '-results' : '-结果'}${keep}`;
}

export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    const abs = path.resolve(p);
    return fs.existsSync(abs) ? fs.realpathSync(abs) : abs;
  };
  return real(a) === real(b);
}
