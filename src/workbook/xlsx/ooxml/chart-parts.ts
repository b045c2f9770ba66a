/**
 * A report sheet's charts as parts of the package: a drawing linked from the sheet, a chart part per
 * chart linked from the drawing, each with its content type. When Kaoping replaces or removes one of
 * its sheets, the drawing and charts hanging off it go too, so none is ever left behind.
 */
import type { ReportSheet } from '../../../engine/types';
import { chartXml, drawingXml } from './chart';
import { addOverride, addRel, OoxmlPackage, parseRels, relsPathFor, removeOverride, resolveTarget } from './package';

export const CHART_REL = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

export const CHART_CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

function freePart(pkg: OoxmlPackage, dir: string, stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const p = `${dir}${stem}${n}.xml`;
    if (!pkg.has(p) && !taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

/** Relative target from one part to another in the same package (both under one folder such as xl/). */
function relative(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/**
 * Writes the sheet's charts into the package beside `sheetPath` and returns the sheet XML linking its
 * drawing and the content types with the new parts. A sheet without charts is returned as it was.
 */
export function attachCharts(pkg: OoxmlPackage, sheetPath: string, sheetXml: string, sheet: ReportSheet, types: string): { xml: string; types: string } {
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return { xml: sheetXml, types };
  const root = sheetPath.slice(0, sheetPath.indexOf('/') + 1); // "xl/"
  const taken = new Set<string>();
  const drawingPath = freePart(pkg, `${root}drawings/`, 'drawing', taken);
  let drawingRels = EMPTY_RELS;
  const relIds: string[] = [];
  charts.forEach((c, i) => {
    const chartPath = freePart(pkg, `${root}charts/`, 'chart', taken);
    pkg.put(chartPath, chartXml(c, sheet));
    types = addOverride(types, chartPath, CHART_CONTENT_TYPE.chart);
    const id = `rId${i + 1}`;
    drawingRels = addRel(drawingRels, id, CHART_REL.chart, relative(drawingPath, chartPath));
    relIds.push(id);
  });
  pkg.put(drawingPath, drawingXml(charts, relIds));
  pkg.put(relsPathFor(drawingPath), drawingRels);
  types = addOverride(types, drawingPath, CHART_CONTENT_TYPE.drawing);
  pkg.put(relsPathFor(sheetPath), addRel(EMPTY_RELS, 'rId1', CHART_REL.drawing, relative(sheetPath, drawingPath)));
  const xml = sheetXml.replace(/<\/worksheet>\s*$/u, '<drawing r:id="rId1"/></worksheet>');
  return { xml, types };
}

/**
 * Removes the drawings (and their charts) that Kaoping's earlier sheet at `sheetPath` links, with
 * their content types; the caller removes the sheet's own relationships part. Returns the new types.
 */
export async function dropCharts(pkg: OoxmlPackage, sheetPath: string, types: string): Promise<string> {
  const relsXml = await pkg.text(relsPathFor(sheetPath));
  if (relsXml === undefined) return types;
  for (const d of parseRels(relsXml).filter((r) => r.type === CHART_REL.drawing && !r.external)) {
    const drawingPath = resolveTarget(sheetPath, d.target);
    const dRels = await pkg.text(relsPathFor(drawingPath));
    for (const c of dRels === undefined ? [] : parseRels(dRels).filter((r) => r.type === CHART_REL.chart && !r.external)) {
      const chartPath = resolveTarget(drawingPath, c.target);
      pkg.remove(chartPath);
      pkg.remove(relsPathFor(chartPath));
      types = removeOverride(types, chartPath);
    }
    pkg.remove(drawingPath);
    pkg.remove(relsPathFor(drawingPath));
    types = removeOverride(types, drawingPath);
  }
  return types;
}
