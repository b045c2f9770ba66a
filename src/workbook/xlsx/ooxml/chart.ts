/**
 * Chart parts (DrawingML) for a report sheet's native charts: a clustered column chart or a line
 * chart whose series point at the sheet's own cells, with cached values so that a reader that does
 * not recalculate (LibreOffice, a viewer) still draws them.
 */
import { columnLetters } from '../../../engine/cells';
import type { ReportChart, ReportSheet } from '../../../engine/types';
import { escapeText } from './xml';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Text for XML: escaped, without the control characters XML cannot hold. */
function x(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) && c !== 0xfffe && c !== 0xffff) out += ch;
  }
  return escapeText(out);
}

/** A sheet name quoted for a formula: '结果-趋势'. */
function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function ref(sheet: string, r1: number, c1: number, r2: number, c2: number): string {
  const a = `$${columnLetters(c1)}$${r1}`;
  const b = `$${columnLetters(c2)}$${r2}`;
  return `${quoted(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

function cellValue(sheet: ReportSheet, row: number, col: number): string | number | null {
  return sheet.rows[row - 1]?.[col]?.value ?? null;
}

function strRef(f: string, values: ReadonlyArray<string | number | null>): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${x(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strRef><c:f>${x(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: ReadonlyArray<string | number | null>): string {
  const pts = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numRef><c:f>${x(f)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

interface Series {
  readonly name: { f: string; v: string | number | null };
  readonly cat: { f: string; v: Array<string | number | null> };
  readonly val: { f: string; v: Array<string | number | null> };
}

/** The chart's series, read off the sheet the way Excel would from the same ranges. */
export function chartSeries(chart: ReportChart, sheet: ReportSheet): Series[] {
  const s = sheet.name;
  const out: Series[] = [];
  if (chart.seriesIn === 'columns') {
    const rows: number[] = [];
    for (let r = chart.firstRow; r <= chart.lastRow; r++) rows.push(r);
    for (let c = chart.firstCol; c <= chart.lastCol; c++) {
      out.push({
        name: { f: ref(s, chart.headerRow, c, chart.headerRow, c), v: cellValue(sheet, chart.headerRow, c) },
        cat: { f: ref(s, chart.firstRow, chart.labelCol, chart.lastRow, chart.labelCol), v: rows.map((r) => cellValue(sheet, r, chart.labelCol)) },
        val: { f: ref(s, chart.firstRow, c, chart.lastRow, c), v: rows.map((r) => cellValue(sheet, r, c)) },
      });
    }
  } else {
    const cols: number[] = [];
    for (let c = chart.firstCol; c <= chart.lastCol; c++) cols.push(c);
    for (let r = chart.firstRow; r <= chart.lastRow; r++) {
      out.push({
        name: { f: ref(s, r, chart.labelCol, r, chart.labelCol), v: cellValue(sheet, r, chart.labelCol) },
        cat: { f: ref(s, chart.headerRow, chart.firstCol, chart.headerRow, chart.lastCol), v: cols.map((c) => cellValue(sheet, chart.headerRow, c)) },
        val: { f: ref(s, r, chart.firstCol, r, chart.lastCol), v: cols.map((c) => cellValue(sheet, r, c)) },
      });
    }
  }
  return out;
}

const AX_CAT = 500_001;
const AX_VAL = 500_002;

/** Text properties at a size in hundredths of a point (1100 = 11 pt), bold or not. */
function textProps(size: number, bold = false): string {
  const b = bold ? ' b="1"' : '';
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

/**
 * The category and value axes. A bar chart has its categories (the units) down the left, first at
 * the top as in the table (so its values read along the top), a line chart the periods along the
 * bottom. Labels at 11 pt, level.
 */
function axes(bar: boolean): string {
  return (
    `<c:catAx><c:axId val="${AX_CAT}"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${textProps(LABEL_SIZE)}<c:crossAx val="${AX_VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${AX_VAL}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${textProps(LABEL_SIZE)}<c:crossAx val="${AX_CAT}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** Chart text on paper: 11 pt labels and legend, 14 pt titles (the sheet prints at 100%). */
export const LABEL_SIZE = 1100;
export const TITLE_SIZE = 1400;

/** The chart part's XML. */
export function chartXml(chart: ReportChart, sheet: ReportSheet): string {
  const series = chartSeries(chart, sheet)
    .map((s, i) => {
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.name.f, [s.name.v])}</c:tx>`;
      const data = `<c:cat>${strRef(s.cat.f, s.cat.v)}</c:cat><c:val>${numRef(s.val.f, s.val.v)}</c:val>`;
      return chart.kind === 'bar'
        ? `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`
        : `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>${data}<c:smooth val="0"/></c:ser>`;
    })
    .join('');
  const plot =
    chart.kind === 'bar'
      ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/></c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/></c:lineChart>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${TITLE_SIZE}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${TITLE_SIZE}" b="1"/><a:t>${x(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${axes(chart.kind === 'bar')}</c:plotArea>` +
    // A bar chart's one series is named in its title: no legend. A line chart's legend names the units.
    (chart.kind === 'bar' ? '' : `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(LABEL_SIZE)}</c:legend>`) +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${textProps(LABEL_SIZE)}</c:chartSpace>`
  );
}

/** The drawing part placing each chart (`relIds[i]` links chart i) over its anchor cells. */
export function drawingXml(charts: readonly ReportChart[], relIds: readonly string[]): string {
  const anchors = charts.map((c, i) => {
    const { row, col, rows, cols } = c.anchor;
    const pos = (r: number, cl: number) => `<xdr:col>${cl}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(row, col)}</xdr:from><xdr:to>${pos(row + rows, col + cols)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${x(`Chart ${i + 1}`)}" descr="${x(c.title).replace(/"/g, '&quot;')}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relIds[i]}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    anchors.join('') +
    '</xdr:wsDr>'
  );
}
