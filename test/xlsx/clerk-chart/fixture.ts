/**
 * A clerk's own dashboard sheet added to a result workbook, written part by part in the shape Excel
 * saves it (shared strings, cached formula values, a drawing with a bar chart whose series name the
 * result sheet's cells, with their caches): the fixture for what a recalculation must leave alone.
 * Built with JSZip, not with Kaoping's own package code, so the test does not only meet itself.
 */
import JSZip from 'jszip';

export const CLERK_SHEET = '领导看板';
export const CHART_TITLE = '一季度各支部总分（领导看板）';
export const SUM_LABEL = '一季度总分合计';
export const LAST_LABEL = '末行单位总分';
export const COMPARE_LABEL = '首行自查总分';
/** A note the clerk keeps below the dashboard, outside its print area: never printed. */
export const OFF_PAGE_NOTE = '打印区域外的备注';
/** The clerk's name local to the dashboard (Excel's Name Manager, scope 领导看板). */
export const LOCAL_NAME = '看板合计';

/**
 * Where the dashboard stands: after the last sheet, or moved to the front, where Excel numbers its
 * drawing and chart 1 on saving and the trends sheet's move up to 2 and 3.
 */
export type Layout = 'last' | 'first';

export interface ClerkParts {
  readonly sheet: string;
  readonly sheetRels: string;
  readonly drawing: string;
  readonly drawingRels: string;
  readonly chart: string;
  readonly chartRels: string;
  readonly colors: string;
}

/** The parts the fixture adds, under the names Excel gives them. */
export function clerkParts(layout: Layout): ClerkParts {
  const n = layout === 'first' ? 1 : 3;
  const d = layout === 'first' ? 1 : 2;
  return {
    sheet: 'xl/worksheets/sheet17.xml',
    sheetRels: 'xl/worksheets/_rels/sheet17.xml.rels',
    drawing: `xl/drawings/drawing${d}.xml`,
    drawingRels: `xl/drawings/_rels/drawing${d}.xml.rels`,
    chart: `xl/charts/chart${n}.xml`,
    chartRels: `xl/charts/_rels/chart${n}.xml.rels`,
    colors: `xl/charts/colors${n}.xml`,
  };
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** What the dashboard points at on 结果-总分, with the values Excel cached when the clerk saved. */
export interface ChartSource {
  /** Column letters of the unit names and of the totals on 结果-总分. */
  readonly unitCol: string;
  readonly totalCol: string;
  /** First and last 1-based rows of the units plotted (one period). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly units: readonly string[];
  readonly totals: readonly number[];
  /** The 结果-对照 cell the dashboard also shows, and its cached value. */
  readonly compareRef: string;
  readonly compareValue: number;
  /** The chart's second series: the self-check totals on 结果-对照 (same rows, same units). */
  readonly compareCol: string;
  readonly compareValues: readonly number[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function refs(src: ChartSource): { cat: string; val: string; name: string; sum: string; last: string; cmpName: string; cmpVal: string } {
  const { unitCol: u, totalCol: t, firstRow: a, lastRow: b, compareCol: c } = src;
  return {
    cmpName: `'结果-对照'!$${c}$1`,
    cmpVal: `'结果-对照'!$${c}$${a}:$${c}$${b}`,
    cat: `'结果-总分'!$${u}$${a}:$${u}$${b}`,
    val: `'结果-总分'!$${t}$${a}:$${t}$${b}`,
    name: `'结果-总分'!$${t}$1`,
    sum: `SUM('结果-总分'!$${t}$${a}:$${t}$${b})`,
    last: `'结果-总分'!${t}${b}`,
  };
}

function sheetXml(src: ChartSource, s: (text: string) => number): string {
  const r = refs(src);
  const sum = src.totals.reduce((x, y) => x + y, 0);
  const str = (cell: string, text: string) => `<c r="${cell}" t="s"><v>${s(text)}</v></c>`;
  const num = (cell: string, formula: string, cached: number) => `<c r="${cell}" s="0"><f>${esc(formula)}</f><v>${cached}</v></c>`;
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{6A1F3C2E-9B7D-4E51-8C0A-3D2B1E4F5A60}">` +
    '<dimension ref="A1:B30"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="1" max="1" width="18.625" customWidth="1"/><col min="2" max="2" width="10.625" customWidth="1"/></cols>' +
    '<sheetData>' +
    `<row r="1" spans="1:2" x14ac:dyDescent="0.2">${str('A1', '领导看板')}</row>` +
    `<row r="2" spans="1:2" x14ac:dyDescent="0.2">${str('A2', SUM_LABEL)}${num('B2', r.sum, sum)}</row>` +
    `<row r="3" spans="1:2" x14ac:dyDescent="0.2">${str('A3', LAST_LABEL)}${num('B3', r.last, src.totals[src.totals.length - 1])}</row>` +
    `<row r="4" spans="1:2" x14ac:dyDescent="0.2">${str('A4', COMPARE_LABEL)}${num('B4', src.compareRef, src.compareValue)}</row>` +
    `<row r="30" spans="1:2" x14ac:dyDescent="0.2">${str('A30', OFF_PAGE_NOTE)}</row>` +
    '</sheetData>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape"/>' +
    '<drawing r:id="rId1"/>' +
    '</worksheet>'
  );
}

function drawingXml(): string {
  return (
    XML_HEAD +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"><a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="{0F6C1B2A-7E3D-4C5B-9A81-2B3C4D5E6F70}"/></a:ext></a:extLst></xdr:cNvPr><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

function chartXml(src: ChartSource): string {
  const r = refs(src);
  const pts = (values: readonly (string | number)[]) => values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`).join('');
  const txPr = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>';
  const flag = (on: boolean) => `<c:showVal val="${on ? 1 : 0}"/>`;
  const series = (idx: number, nameRef: string, name: string, valRef: string, values: readonly number[], colour: string, labels: boolean) =>
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>` +
    `<c:tx><c:strRef><c:f>${esc(nameRef)}</c:f><c:strCache><c:ptCount val="1"/>${pts([name])}</c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr}<c:showLegendKey val="0"/>${flag(labels)}<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${esc(r.cat)}</c:f><c:strCache><c:ptCount val="${src.units.length}"/>${pts(src.units)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${esc(valRef)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts(values)}</c:numCache></c:numRef></c:val>` +
    `<c:extLst><c:ext uri="{C3380CC4-5D6E-409C-BE32-E72D297353CC}" xmlns:c16="http://schemas.microsoft.com/office/drawing/2014/chart"><c16:uniqueId val="{00000000-5A1B-4C2D-8E3F-00000000000${idx + 1}}"/></c:ext></c:extLst>` +
    '</c:ser>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}" xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart">` +
    '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square" anchor="ctr" anchorCtr="1"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>${esc(CHART_TITLE)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series(0, r.name, '总分', r.val, src.totals, '004586', true) +
    series(1, r.cmpName, '对照得分', r.cmpVal, src.compareValues, 'FF8000', false) +
    '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    '<c:gapWidth val="219"/><c:overlap val="-27"/><c:axId val="512340001"/><c:axId val="512340002"/></c:barChart>' +
    `<c:catAx><c:axId val="512340001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr}<c:crossAx val="512340002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="512340002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr}<c:crossAx val="512340001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:noFill/><a:round/></a:ln></c:spPr>' +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>' +
    '</c:chartSpace>'
  );
}

function colorsXml(): string {
  return (
    XML_HEAD +
    '<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" meth="cycle" id="10">' +
    '<a:schemeClr val="accent1"/><a:schemeClr val="accent2"/><a:schemeClr val="accent3"/><cs:variation/><cs:variation><a:lumMod val="60000"/></cs:variation></cs:colorStyle>'
  );
}

const rels = (...items: Array<[string, string, string]>) =>
  XML_HEAD + `<Relationships xmlns="${NS_PKG_RELS}">` + items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') + '</Relationships>';

/** Appends strings to the shared strings part as Excel does (new items at the end, counts updated). */
function withStrings(sst: string, texts: readonly string[]): { xml: string; index: (t: string) => number } {
  const unique = Number(/uniqueCount="(\d+)"/.exec(sst)?.[1] ?? '0');
  const count = Number(/\scount="(\d+)"/.exec(sst)?.[1] ?? '0');
  const at = new Map(texts.map((t, i) => [t, unique + i]));
  const xml = sst
    .replace(/uniqueCount="\d+"/, `uniqueCount="${unique + texts.length}"`)
    .replace(/\scount="\d+"/, ` count="${count + texts.length}"`)
    .replace('</sst>', texts.map((t) => `<si><t>${esc(t)}</t></si>`).join('') + '</sst>');
  return { xml, index: (t) => at.get(t) ?? -1 };
}

async function text(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`the workbook has no ${name}`);
  return f.async('string');
}

const base = (part: string) => part.slice(part.lastIndexOf('/') + 1);
const relsOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');

/**
 * Renames a part as Excel's renumbering on saving does: the part, its relationships part, its
 * content type, and every relationship that targets it (all such targets sit beside it or one
 * folder up, so its file name alone tells them).
 */
async function renamePart(zip: JSZip, from: string, to: string): Promise<void> {
  for (const [a, b] of [
    [from, to],
    [relsOf(from), relsOf(to)],
  ]) {
    const f = zip.file(a);
    if (!f) continue;
    zip.file(b, await f.async('nodebuffer'));
    zip.remove(a);
  }
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const xml = await text(zip, name);
    const out = xml.replace(new RegExp(`Target="([^"]*/)?${base(from)}"`, 'g'), `Target="$1${base(to)}"`);
    if (out !== xml) zip.file(name, out);
  }
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace(`PartName="/${from}"`, `PartName="/${to}"`));
}

/**
 * The result workbook `bytes` with the clerk's dashboard added (see Layout): a sheet with formulas on
 * 结果-总分 and 结果-对照 (cached values as saved), a print area and a workbook name of the clerk's,
 * and a bar chart of the plotted units' totals.
 */
export async function addClerkDashboard(bytes: Uint8Array, src: ChartSource, layout: Layout = 'last'): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = clerkParts(layout);
  if (layout === 'first') {
    // Kaoping's trends drawing and charts, numbered after the dashboard's as Excel would.
    for (const [from, to] of [
      ['xl/charts/chart2.xml', 'xl/charts/chart3.xml'],
      ['xl/charts/chart1.xml', 'xl/charts/chart2.xml'],
      ['xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml'],
    ]) {
      if (!zip.file(from)) throw new Error(`the workbook has no ${from} to renumber`);
      await renamePart(zip, from, to);
    }
  }
  for (const p of Object.values(parts)) if (zip.file(p)) throw new Error(`the workbook already has ${p}`);
  const strings = withStrings(await text(zip, 'xl/sharedStrings.xml'), ['领导看板', SUM_LABEL, LAST_LABEL, COMPARE_LABEL, OFF_PAGE_NOTE]);
  zip.file('xl/sharedStrings.xml', strings.xml);

  let book = await text(zip, 'xl/workbook.xml');
  const index = layout === 'first' ? 0 : (book.match(/<sheet\s/g) ?? []).length;
  const sheetId = Math.max(...[...book.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  let bookRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const relId = `rId${Math.max(...[...bookRels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1}`;
  bookRels = bookRels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${NS_R}/worksheet" Target="${parts.sheet.slice(3)}"/></Relationships>`);
  const tag = `<sheet name="${CLERK_SHEET}" sheetId="${sheetId}" r:id="${relId}"/>`;
  if (layout === 'first') {
    // Every sheet moves one place on: the names local to a sheet follow it.
    book = book.replace(/localSheetId="(\d+)"/g, (_m, n: string) => `localSheetId="${Number(n) + 1}"`).replace('<sheets>', `<sheets>${tag}`);
  } else book = book.replace('</sheets>', `${tag}</sheets>`);
  const names =
    `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${CLERK_SHEET}'!$A$1:$M$21</definedName>` +
    `<definedName name="一季度总分">${esc(refs(src).val)}</definedName>` +
    `<definedName name="${LOCAL_NAME}" localSheetId="${index}">'${CLERK_SHEET}'!$B$2</definedName>`;
  book = book.includes('</definedNames>') ? book.replace('</definedNames>', `${names}</definedNames>`) : book.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
  // The clerk saved with the dashboard open: the window's active tab is it.
  const view = /<workbookView(?=[\s/>])[^>]*>/.exec(book)?.[0];
  if (view) book = book.replace(view, view.replace(/\sactiveTab="\d+"/, '').replace('<workbookView', `<workbookView activeTab="${index}"`));
  else book = book.replace('<sheets>', `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
  zip.file('xl/workbook.xml', book);
  zip.file('xl/_rels/workbook.xml.rels', bookRels);

  zip.file(parts.sheet, sheetXml(src, strings.index));
  zip.file(parts.sheetRels, rels(['rId1', `${NS_R}/drawing`, `../drawings/${base(parts.drawing)}`]));
  zip.file(parts.drawing, drawingXml());
  zip.file(parts.drawingRels, rels(['rId1', `${NS_R}/chart`, `../charts/${base(parts.chart)}`]));
  zip.file(parts.chart, chartXml(src));
  zip.file(parts.chartRels, rels(['rId1', 'http://schemas.microsoft.com/office/2011/relationships/chartColorStyle', base(parts.colors)]));
  zip.file(parts.colors, colorsXml());

  const overrides: Array<[string, string]> = [
    [parts.sheet, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'],
    [parts.drawing, 'application/vnd.openxmlformats-officedocument.drawing+xml'],
    [parts.chart, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
    [parts.colors, 'application/vnd.ms-office.chartcolorstyle+xml'],
  ];
  const types = (await text(zip, '[Content_Types].xml')).replace('</Types>', overrides.map(([p, t]) => `<Override PartName="/${p}" ContentType="${t}"/>`).join('') + '</Types>');
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The workbook with one cell's number changed on a sheet found by name, as a clerk's edit in Excel. */
export async function editNumber(bytes: Uint8Array, sheet: string, cell: string, to: (was: number) => number): Promise<{ bytes: Buffer; was: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const path = await sheetPath(zip, sheet);
  const xml = await text(zip, path);
  const m = new RegExp(`<c r="${cell}"(?![^>]*t="s")[^>]*><v>([^<]*)</v></c>`).exec(xml);
  if (!m) throw new Error(`${sheet}!${cell} holds no number`);
  const was = Number(m[1]);
  zip.file(path, xml.replace(m[0], m[0].replace(`<v>${m[1]}</v>`, `<v>${to(was)}</v>`)));
  return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), was };
}

/** The workbook without the rows of a sheet for which `drop` says so (given the row's shared-string texts). */
export async function dropRows(bytes: Uint8Array, sheet: string, drop: (texts: readonly string[]) => boolean): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = await sheetPath(zip, sheet);
  const sst = [...(await text(zip, 'xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
  const xml = (await text(zip, path)).replace(/<row [^>]*>[\s\S]*?<\/row>/g, (row) => {
    const texts = [...row.matchAll(/<c [^>]*t="s"[^>]*><v>(\d+)<\/v><\/c>/g)].map((m) => sst[Number(m[1])] ?? '');
    return drop(texts) ? '' : row;
  });
  zip.file(path, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const book = await text(zip, 'xl/workbook.xml');
  const tag = new RegExp(`<sheet [^>]*name="${name}"[^>]*/>`).exec(book)?.[0];
  const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const rel = id && new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`).exec(await text(zip, 'xl/_rels/workbook.xml.rels'))?.[0];
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  return 'xl/' + target.replace(/^\/?(xl\/)?/, '');
}

/** `into` with the named sheets' parts as they are in `from` (the clerk undoing an edit). */
export async function copySheets(from: Uint8Array, into: Uint8Array, names: readonly string[]): Promise<Buffer> {
  const a = await JSZip.loadAsync(from);
  const b = await JSZip.loadAsync(into);
  for (const name of names) b.file(await sheetPath(b, name), await text(a, await sheetPath(a, name)));
  return b.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
