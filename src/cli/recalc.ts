/**
 * `kaoping recalc <in.xlsx>`: scores a workbook and writes a copy with the result sheets beside it.
 * The input is never changed unless --in-place asks for it (after saving <in>.bak).
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { toJson } from '../engine';
import { ROLES, type Finding, type Lang, type Role, type RoleOverrides } from '../engine/types';
import { fittingOutput } from './extension';
import { defaultOutput, ensureDir, readInput, samePath, writeWhole } from './files';
import type { Io } from './io';
import { CliError, msg, say, usageError } from './messages';
import { simLine } from './excel-sim';
import { countBySeverity, recalcOn } from './pipeline';
import { Progress } from './progress';

export function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  if (v === 'zh' || v === 'en') return v;
  throw usageError(`--lang 只能是 zh 或 en，而不是“${v}”`, `--lang must be zh or en, not "${v}"`);
}

/** `--sheet role=name` (name "none" for no sheet in that role). */
export function parseRoles(specs: readonly string[]): RoleOverrides {
  const roles: Partial<Record<Role, string | null>> = {};
  for (const spec of specs) {
    const at = spec.indexOf('=');
    const role = spec.slice(0, Math.max(at, 0)).trim() as Role;
    if (at < 0 || !ROLES.includes(role)) {
      throw usageError(`--sheet 的写法是 角色=工作表名，角色为 ${ROLES.join('、')}`, `--sheet takes role=sheet name, with role one of ${ROLES.join(', ')}`);
    }
    const name = spec.slice(at + 1);
    roles[role] = name === 'none' ? null : name;
  }
  return roles;
}

/** The first error of an assessment that scored nothing: why nothing could be scored. */
function reason(findings: readonly Finding[], lang: Lang | undefined): string {
  const f = findings.find((x) => x.severity === 'error') ?? findings[0];
  if (!f) return say(msg('没有可计分的内容', 'nothing to score'), lang);
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  const text = say(f.message, lang);
  return where ? `${where}: ${text}` : text;
}

export async function recalc(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      json: { type: 'string' },
      lang: { type: 'string' },
      'in-place': { type: 'boolean', default: false },
      'replace-edited': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      sheet: { type: 'string', multiple: true, default: [] },
      host: { type: 'string', default: 'xlsx' },
    },
  });
  const host = values.host;
  if (host !== 'xlsx' && host !== 'excel-sim') throw usageError(`--host 只能是 xlsx 或 excel-sim，而不是“${host}”`, `--host must be xlsx or excel-sim, not "${host}"`);
  if (positionals.length !== 1) throw usageError('recalc 需要一个输入文件：kaoping recalc 文件.xlsx', 'recalc takes one input file: kaoping recalc file.xlsx');
  const chosen = parseLang(values.lang);
  const lang: Lang = chosen ?? 'zh';
  const input = path.resolve(io.cwd, positionals[0]);
  const inPlace = values['in-place'];
  if (inPlace && values.output !== undefined) throw usageError('--in-place 与 -o 不能同时使用', '--in-place and -o cannot be used together');
  const named = inPlace ? input : path.resolve(io.cwd, values.output ?? defaultOutput(input, lang));
  if (!inPlace && samePath(input, named)) {
    throw usageError('输出文件与输入文件相同；如确要改写输入文件，请用 --in-place', 'the output is the input file; to rewrite the input, use --in-place');
  }
  const roles = parseRoles(values.sheet);
  const progress = new Progress(io, chosen, values.quiet);

  const original = readInput(input);
  const output = inPlace ? input : await fittingOutput(original, named, values.output !== undefined);
  const run = await recalcOn(host, original, path.basename(input), lang, roles, progress, values['replace-edited']);
  // The simulation's own output: one exact line a script can read, even with --quiet.
  if (run.counters) io.err(simLine(run.counters) + '\n');
  const { assessment, report } = run;
  if (values.json !== undefined) {
    const json = JSON.stringify(toJson(assessment, lang, report?.renamed ?? []), null, 2) + '\n';
    if (values.json === '-') io.out(json);
    else {
      const file = path.resolve(io.cwd, values.json);
      ensureDir(path.dirname(file));
      writeWhole(file, json);
    }
  }
  if (!assessment.scored || !run.output || !report) {
    throw new CliError(msg(`无法计分：${reason(assessment.findings, 'zh')}`, `nothing could be scored: ${reason(assessment.findings, 'en')}`), 2);
  }
  if (inPlace) writeWhole(`${input}.bak`, original);
  ensureDir(path.dirname(output));
  writeWhole(output, run.output);

  const n = countBySeverity(assessment, report.renamed);
  const checks = report.sheets.find((s) => s.key === 'checks')?.name ?? '';
  for (const f of report.renamed) progress.note(f.message);
  const removed = run.outcome?.removed ?? [];
  if (removed.length > 0) {
    const list = removed.map((n) => `“${n}”`).join('、');
    const listEn = removed.map((n) => `"${n}"`).join(', ');
    progress.note(msg(`已删除考评助手早先写下的结果表 ${list}：这些结果现在写在新名称下`, `removed Kaoping's earlier result sheets ${listEn}: those results are now under the new names`));
  }
  progress.note(
    msg(
      `已写入 ${output}${inPlace ? `（原文件已备份为 ${input}.bak）` : ''}；错误 ${n.error}，警告 ${n.warning}，提示 ${n.info}${n.error ? `，详见“${checks}”表` : ''}`,
      `wrote ${output}${inPlace ? ` (the original is kept as ${input}.bak)` : ''}: ${n.error} errors, ${n.warning} warnings, ${n.info} notes${n.error ? `; see the sheet "${checks}"` : ''}`,
    ),
  );
  return n.error > 0 ? 1 : 0;
}
