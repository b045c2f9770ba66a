/**
 * What this Excel could not do, said on the checks sheet (结果-校验) instead of failing: each missing
 * API set becomes an "info" row there, in the report's language, written before the fingerprint is
 * taken so the sheet is still recognised as Kaoping's own.
 */
import { severityText } from '../../engine/labels';
import type { Lang, Report, ReportCell } from '../../engine/types';
import type { HostApis } from './host-apis';

interface HostNote {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

export function hostNotes(apis: HostApis): HostNote[] {
  const out: HostNote[] = [];
  if (!apis.notes) {
    out.push({
      code: 'HOST_NO_NOTES',
      zh: '此版本的 Excel 不能读取批注（需要 ExcelApi 1.18，Office 2021 及更早版本没有）：写在批注里的扣分原因没有读入。请把原因写在单元格里，或在 Excel 网页版、Microsoft 365 中计算。',
      en: 'This version of Excel cannot read notes (they need ExcelApi 1.18, which Office 2021 and earlier lack): reasons written in notes were not read. Put reasons in cells, or calculate in Excel on the web or Microsoft 365.',
    });
  }
  if (!apis.comments) {
    out.push({
      code: 'HOST_NO_COMMENTS',
      zh: '此版本的 Excel 不能读取新式批注（需要 ExcelApi 1.10）：写在新式批注里的扣分原因没有读入。',
      en: 'This version of Excel cannot read threaded comments (they need ExcelApi 1.10): reasons written in them were not read.',
    });
  }
  if (!apis.pageLayout) {
    out.push({
      code: 'HOST_NO_PAGE_LAYOUT',
      zh: '此版本的 Excel 不能设置打印格式（需要 ExcelApi 1.9，Office 2019 没有）：结果表未设为横向、未在页面上水平居中、未设标题行和分页。打印前请在“页面布局”中设置。',
      en: 'This version of Excel cannot set up printing (it needs ExcelApi 1.9, which Office 2019 lacks): result sheets are not set to landscape, centred across the page, with title rows or page breaks. Set them in Page Layout before printing.',
    });
  }
  return out;
}

function langOf(report: Report): Lang {
  const checks = report.sheets.find((s) => s.key === 'checks');
  const head = checks?.rows[0]?.[0]?.value;
  return typeof head === 'string' && /[\u4e00-\u9fff]/.test(head) ? 'zh' : 'en';
}

/** The report with a row on its checks sheet for each note (the report itself when there are none). */
export function withHostNotes(report: Report, apis: HostApis): Report {
  const notes = hostNotes(apis);
  if (notes.length === 0) return report;
  const lang = langOf(report);
  return {
    ...report,
    sheets: report.sheets.map((s) => {
      if (s.key !== 'checks') return s;
      // "No findings" gives way to the notes.
      const body = s.rows.slice(1).filter((r) => !(r.length === 1 && typeof r[0].value === 'string'));
      const rows = notes.map((n): ReportCell[] => [
        { value: severityText(lang, 'info'), style: 'info' },
        { value: n.code },
        { value: '' },
        { value: '' },
        { value: null },
        { value: null },
        { value: lang === 'zh' ? n.zh : n.en, style: 'wrap' },
      ]);
      return { ...s, rows: [s.rows[0], ...body, ...rows] };
    }),
  };
}
