/** The styles part as programs other than Excel leave it: lists empty, self-closing or missing. */
import { StylesPart } from '../../src/workbook/xlsx/ooxml/styles';
import { canonical, listBody, listItems } from '../../src/workbook/xlsx/ooxml/style-lists';
import { stylesXml } from './corpus/build';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function lists(xml: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tag, child] of [
    ['numFmts', 'numFmt'],
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
    ['cellStyleXfs', 'xf'],
    ['cellXfs', 'xf'],
  ]) {
    const body = listBody(xml, '', tag);
    out[tag] = body === undefined ? -1 : listItems(body, '', child).length;
    const count = new RegExp(`<${tag}\\s[^>]*count="(\\d+)"`).exec(xml)?.[1];
    if (count !== undefined) expect([tag, Number(count)]).toEqual([tag, out[tag]]);
  }
  return out;
}

describe('a styles part', () => {
  it.each(['numFmts-count-0', 'numFmts-empty'] as const)('with %s takes a number format of one decimal', (kind) => {
    const styles = new StylesPart(stylesXml(kind, MAIN));
    const xf = styles.xf('number', '0.0');
    const xml = styles.toXml();
    expect(xml).toMatch(/<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"\/><\/numFmts>/);
    expect(lists(xml).cellXfs).toBe(xf + 1);
  });

  it('left empty (<styleSheet/>) is given the lists Excel requires, its defaults first', () => {
    const styles = new StylesPart(stylesXml('empty', MAIN));
    // A plain result cell is not the default cell: it is centred up and down in its row.
    const plain = styles.xf(undefined, undefined);
    const header = styles.xf('header', undefined);
    const xml = styles.toXml();
    expect(lists(xml)).toEqual({ numFmts: -1, fonts: 2, fills: 3, borders: 2, cellStyleXfs: 1, cellXfs: 3 });
    expect([plain, header]).toEqual([1, 2]);
    const xfs = listItems(listBody(xml, '', 'cellXfs')!, '', 'xf');
    expect(xfs[0]).not.toMatch(/alignment/);
    expect(xfs[plain]).toMatch(/fontId="0" fillId="0" borderId="0"[^>]*><alignment vertical="center"\/>/);
    expect(xfs[header]).toMatch(/<alignment horizontal="center" vertical="center" wrapText="1"\/>/);
    // The schema's order: fonts, fills, borders, cellStyleXfs, cellXfs.
    expect(xml.indexOf('<fonts')).toBeLessThan(xml.indexOf('<fills'));
    expect(xml.indexOf('<borders')).toBeLessThan(xml.indexOf('<cellStyleXfs'));
    expect(xml.indexOf('<cellStyleXfs')).toBeLessThan(xml.indexOf('<cellXfs'));
  });

  it('that already holds the looks gains nothing, however the program spelled them', () => {
    const first = new StylesPart(stylesXml('normal', MAIN));
    const ids = (['title', 'header', 'flagRed', 'subtotal'] as const).map((s) => first.xf(s, '0.00'));
    const once = first.toXml();
    // A program re-saving it may write empty elements as pairs and put spaces between elements.
    const respelled = once.replace(/<b\/>/g, '<b></b>').replace(/><(fill|font|xf)(?=[\s>])/g, '>\n  <$1');
    const again = new StylesPart(respelled);
    expect((['title', 'header', 'flagRed', 'subtotal'] as const).map((s) => again.xf(s, '0.00'))).toEqual(ids);
    expect(again.toXml()).toBe(respelled);
  });

  it('compares entries by what they say, not how they are spelled', () => {
    expect(canonical("<font>\n  <b></b>\n  <sz val='11' />\n</font>")).toBe(canonical('<font><b/><sz val="11"/></font>'));
    expect(canonical('<font><b/><sz val="12"/></font>')).not.toBe(canonical('<font><b/><sz val="11"/></font>'));
  });
});
