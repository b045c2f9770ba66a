/** The help text. */
import type { Lang } from '../engine/types';

const ZH = `考评助手 kaoping：按考评细则为工作簿计分

用法：
  kaoping recalc <输入.xlsx> [-o 输出.xlsx] [--json 结果.json|-] [--lang zh|en]
                 [--in-place] [--replace-edited] [--quiet] [--sheet 角色=工作表 …]
      计分并写出带结果表的副本（默认 <输入>-结果.xlsx），不改动输入文件。
      --in-place   改写输入文件本身（先备份为 <输入>.bak）
      --replace-edited  用新结果覆盖已被手工修改的结果表（默认写在旁边，如“结果-总分 (2)”）
      --json       按约定格式输出 JSON（- 表示标准输出）
      --sheet      指定某角色用哪张表：rubric, categories, units, entries,
                   scoreTable, periods, settings（工作表名写 none 表示不用）
      --host excel-sim  经加载项所用的 Office.js 路径（在模拟 Excel 上）计算，并报告往返次数
      退出码：0 计分完成无错误；1 计分完成但有错误；2 无法计分
  kaoping template <新表.xlsx> [--lang zh|en] [--example 示例] [--force]
      新建输入工作簿：各表表头、列宽与下拉列表；--example 用示例数据填充
  kaoping demo [--lang zh|en] [-o 输出.xlsx]
      为电厂示例计分，写出 out/demo-结果.xlsx 并显示各考评区排名
`;

const EN = `Kaoping: score a workbook against its points rubric

Usage:
  kaoping recalc <in.xlsx> [-o out.xlsx] [--json out.json|-] [--lang zh|en]
                 [--in-place] [--replace-edited] [--quiet] [--sheet role=sheet …]
      Scores the workbook and writes a copy with the result sheets
      (default <in>-结果.xlsx, or <in>-results.xlsx with --lang en). The input is not changed.
      --in-place   rewrite the input itself (saved first as <in>.bak)
      --replace-edited  overwrite result sheets edited by hand with the new results
                   (by default they are left alone and the results go beside them, as 结果-总分 (2))
      --json       the results as JSON in the documented shape (- for stdout)
      --sheet      which sheet plays a role: rubric, categories, units, entries,
                   scoreTable, periods, settings (sheet name none for no sheet)
      --host excel-sim  run the add-in's Office.js path on the in-memory Excel and report its round trips
      Exit codes: 0 scored without errors; 1 scored with errors; 2 nothing could be scored
  kaoping template <new.xlsx> [--lang zh|en] [--example KEY] [--force]
      A new input workbook: headers, widths and dropdowns; --example fills it from a sample
  kaoping demo [--lang zh|en] [-o out.xlsx]
      Scores the power-plant sample, writes out/demo-结果.xlsx and prints each zone's ranking
`;

export function usage(lang: Lang | undefined): string {
  if (lang === 'en') return EN;
  if (lang === 'zh') return ZH;
  return `${ZH}\n${EN}`;
}
