/**
 * Kaoping against the clerk's alternative: the same data kept as a formula workbook (SUMIFS per unit
 * and item, MIN against the item caps, MAX against the category pools, COUNTIFS ranks per zone),
 * recalculated by LibreOffice headless, beside `kaoping recalc` on the same data, file in to file out.
 * Both must give the same totals and ranks: checked here on every run, not assumed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { columnLetters } from '../src/engine/cells';
import { rng } from './bench-data';

export interface LadderStep {
  readonly units: number;
  readonly items: number;
  readonly entries: number;
}

/** Sizes tried in turn; the largest LibreOffice finishes within the limit is the one compared. */
export const LADDER: readonly LadderStep[] = [
  { units: 50, items: 20, entries: 2_000 },
  { units: 100, items: 40, entries: 8_000 },
  { units: 200, items: 60, entries: 20_000 },
  { units: 280, items: 75, entries: 32_000 },
  { units: 400, items: 100, entries: 50_000 },
  { units: 1000, items: 200, entries: 100_000 },
];

/** LibreOffice's work grows with units x items x entries (a SUMIFS per unit and item over the log). */
function work(s: LadderStep): number {
  return s.units * s.items * s.entries;
}

const CATS = 10;
const CAP = 5;

interface Data {
  readonly units: string[];
  readonly zones: string[];
  readonly items: Array<{ id: string; category: string }>;
  readonly categories: Array<{ name: string; cap: number; items: number[] }>;
  readonly log: Array<[string, string, number]>;
}

function makeData(step: LadderStep): Data {
  const rand = rng(2023);
  const units = Array.from({ length: step.units }, (_, i) => `第${i + 1}支部`);
  const zones = units.map((_, i) => `第${(i % 5) + 1}区`);
  const items = Array.from({ length: step.items }, (_, i) => ({ id: `${(i % CATS) + 1}.${Math.floor(i / CATS) + 1}`, category: `栏目${(i % CATS) + 1}` }));
  // Category pools smaller than the sum of their items, so MAX against the pool matters as much as MIN against the item.
  const categories = Array.from({ length: CATS }, (_, c) => {
    const members = items.map((it, i) => ({ it, i })).filter(({ it }) => it.category === `栏目${c + 1}`).map(({ i }) => i);
    return { name: `栏目${c + 1}`, cap: Math.max(CAP, Math.round(members.length * CAP * 0.6)), items: members };
  }).filter((c) => c.items.length > 0);
  const log: Array<[string, string, number]> = [];
  for (let e = 0; e < step.entries; e++) {
    log.push([units[Math.floor(rand() * units.length)], items[Math.floor(rand() * items.length)].id, 1 + Math.floor(rand() * 3)]);
  }
  return { units, zones, items, categories, log };
}

async function writeKaopingBook(d: Data, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const rubric = wb.addWorksheet('考评细则');
  rubric.addRow(['编号', '栏目', '分值']);
  for (const it of d.items) rubric.addRow([it.id, it.category, CAP]);
  const cats = wb.addWorksheet('栏目设置');
  cats.addRow(['栏目', '分值']);
  for (const c of d.categories) cats.addRow([c.name, c.cap]);
  const units = wb.addWorksheet('考评单位');
  units.addRow(['单位', '考评区']);
  d.units.forEach((u, i) => units.addRow([u, d.zones[i]]));
  const log = wb.addWorksheet('扣分记录');
  log.addRow(['单位', '编号', '扣分', '原因']);
  for (const [u, id, p] of d.log) log.addRow([u, id, p, '检查发现']);
  await wb.xlsx.writeFile(file);
}

/** The clerk's formula workbook; the calculation sheet comes first so LibreOffice's CSV export is that sheet. */
async function writeFormulaBook(d: Data, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const calc = wb.addWorksheet('计算');
  const log = wb.addWorksheet('扣分记录');
  log.addRow(['单位', '编号', '扣分']);
  for (const row of d.log) log.addRow(row);
  const n = d.log.length + 1;
  const order = d.categories.flatMap((c) => c.items);
  const itemCol = (k: number) => columnLetters(2 + k);
  const catStart = 2 + order.length;
  const totalCol = columnLetters(catStart + d.categories.length);
  calc.addRow(['单位', '考评区', ...order.map((i) => d.items[i].id), ...d.categories.map((c) => c.name), '总分', '区内名次']);
  const last = d.units.length + 1;
  d.units.forEach((u, ui) => {
    const r = ui + 2;
    const cells: Array<string | { formula: string }> = [u, d.zones[ui]];
    for (let k = 0; k < order.length; k++) {
      cells.push({ formula: `MIN(${CAP},SUMIFS(扣分记录!$C$2:$C$${n},扣分记录!$A$2:$A$${n},$A${r},扣分记录!$B$2:$B$${n},${itemCol(k)}$1))` });
    }
    let k = 0;
    for (const c of d.categories) {
      const from = itemCol(k);
      k += c.items.length;
      cells.push({ formula: `MAX(0,${c.cap}-SUM(${from}${r}:${itemCol(k - 1)}${r}))` });
    }
    cells.push({ formula: `SUM(${columnLetters(catStart)}${r}:${columnLetters(catStart + d.categories.length - 1)}${r})` });
    cells.push({ formula: `COUNTIFS($B$2:$B$${last},$B${r},$${totalCol}$2:$${totalCol}$${last},">"&${totalCol}${r})+1` });
    calc.addRow(cells);
  });
  await wb.xlsx.writeFile(file);
}

export interface VsLibreOffice {
  readonly size: LadderStep;
  readonly libreOfficeMs: number;
  readonly kaopingMs: number;
  readonly ratio: number;
  readonly agree: boolean;
  readonly attempts: Array<LadderStep & { libreOfficeMs: number | null }>;
}

function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/u)
    .map((line) => line.split(','));
}

export function libreOfficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Runs the ladder; LibreOffice gets `limitMs` per size, and the ladder stops once a size would exceed it. */
export async function benchVsLibreOffice(root: string, limitMs = 120_000): Promise<VsLibreOffice> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kaoping-vs-lo-'));
  const profile = path.join(dir, 'profile');
  mkdirSync(profile);
  const attempts: Array<LadderStep & { libreOfficeMs: number | null }> = [];
  let best: { step: LadderStep; ms: number; data: Data; csv: string } | undefined;
  try {
    const tryStep = async (step: LadderStep): Promise<number | null> => {
      const data = makeData(step);
      const formulas = path.join(dir, `formulas-${step.units}-${step.items}-${step.entries}.xlsx`);
      await writeFormulaBook(data, formulas);
      const t = performance.now();
      const run = spawnSync(
        'soffice',
        ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, formulas],
        { encoding: 'utf8', timeout: limitMs },
      );
      const ms = performance.now() - t;
      const ok = run.status === 0 && !run.error;
      attempts.push({ ...step, libreOfficeMs: ok ? ms : null });
      if (ok) best = { step, ms, data, csv: readFileSync(formulas.replace(/\.xlsx$/u, '.csv'), 'utf8') };
      return ok ? ms : null;
    };
    let startupMs = 0;
    for (const [index, step] of LADDER.entries()) {
      const ms = await tryStep(step);
      if (ms === null) break;
      if (index === 0) startupMs = Math.min(ms, 3000);
      // Stop before a size whose predicted time would pass the limit.
      const next = LADDER[index + 1];
      if (!next || startupMs + ((ms - startupMs) * work(next)) / work(step) > limitMs) break;
    }
    // Then one size grown in all three dimensions to land near the limit, if the ladder stopped well short of it.
    if (best && best.ms < 0.7 * limitMs && best.ms > startupMs) {
      const grow = Math.cbrt((0.85 * limitMs - startupMs) / (best.ms - startupMs));
      const s = best.step;
      if (grow > 1.05) await tryStep({ units: Math.round(s.units * grow), items: Math.round(s.items * grow), entries: Math.round(s.entries * grow) });
    }
    if (!best) throw new Error('LibreOffice did not finish the smallest formula workbook');
    const book = path.join(dir, 'kaoping.xlsx');
    await writeKaopingBook(best.data, book);
    const json = path.join(dir, 'kaoping.json');
    const t = performance.now();
    execFileSync(process.execPath, [path.join(root, 'bin', 'kaoping.cjs'), 'recalc', book, '-o', path.join(dir, 'out.xlsx'), '--json', json, '--quiet'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const kaopingMs = performance.now() - t;
    const agree = compare(best.csv, JSON.parse(readFileSync(json, 'utf8')) as KaopingJson, best.data);
    return { size: best.step, libreOfficeMs: best.ms, kaopingMs, ratio: best.ms / kaopingMs, agree, attempts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface KaopingJson {
  results: Array<{ unit: string; total: number; rankInZone: number }>;
}

/** Every unit's total and zone rank from LibreOffice must equal Kaoping's. */
function compare(csv: string, json: KaopingJson, d: Data): boolean {
  const rows = parseCsv(csv);
  const head = rows[0];
  const totalAt = head.indexOf('总分');
  const rankAt = head.indexOf('区内名次');
  if (totalAt < 0 || rankAt < 0 || rows.length - 1 !== d.units.length) return false;
  const byUnit = new Map(json.results.map((r) => [r.unit, r]));
  for (const row of rows.slice(1)) {
    const k = byUnit.get(row[0]);
    if (!k || Math.abs(Number(row[totalAt]) - k.total) > 1e-9 || Number(row[rankAt]) !== k.rankInZone) return false;
  }
  return true;
}

// By id, not by identity: bundled (npm run bench:engine), an ES module's `module` is webpack's wrapper
// of its own entry in the module cache, which require.main is.
if (require.main?.id === module.id) {
  void benchVsLibreOffice(path.resolve(__dirname, '..')).then((r) => {
    writeFileSync(1, JSON.stringify(r, null, 2) + '\n');
  });
}
