/**
 * `npm run bench`: Kaoping's figures on this machine, printed as a table; `--json FILE` writes them.
 * Each part is a function of its own module so the table stays one place to read.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchEngine } from './bench-engine';
import { benchScaling } from './bench-scaling';
import { benchVsLibreOffice, libreOfficeAvailable } from './bench-libreoffice';
import path from 'node:path';

type Figures = Record<string, unknown>;

function row(key: string, value: string, target: string, ok: boolean | undefined): string {
  const mark = ok === undefined ? '' : ok ? 'ok' : 'MISSED';
  return `${key.padEnd(30)} ${value.padStart(14)}  ${target.padEnd(14)} ${mark}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' } } });
  const figures: Figures = {};
  const lines: string[] = [row('figure', 'value', 'target', undefined), '-'.repeat(66)];

  const engine = benchEngine();
  figures['engine.ms'] = Math.round(engine.ms);
  figures['engine.peakMB'] = Math.round(engine.peakMB);
  figures['engine.reportMs'] = Math.round(engine.reportMs);
  lines.push(row('engine.ms', engine.ms.toFixed(0), '<= 1000', engine.ms <= 1000));
  lines.push(row('engine.peakMB', engine.peakMB.toFixed(0), '<= 400', engine.peakMB <= 400));
  lines.push(row('engine.reportMs', engine.reportMs.toFixed(0), '', undefined));

  const scaling = benchScaling();
  figures.scaling = scaling;
  for (const p of scaling.points) lines.push(row(`scaling.${p.entries}`, p.ms.toFixed(1), 'ms', undefined));
  lines.push(row('scaling.exponent', scaling.exponent.toFixed(2), '~1 (linear)', scaling.exponent < 1.3));

  if (libreOfficeAvailable()) {
    const lo = await benchVsLibreOffice(path.resolve(__dirname, '..'));
    figures.vsLibreOffice = Number(lo.ratio.toFixed(1));
    figures['vsLibreOffice.detail'] = lo;
    const size = `${lo.size.units} units x ${lo.size.items} items x ${lo.size.entries} entries`;
    lines.push(row('vsLibreOffice', lo.ratio.toFixed(1), '>= 20', lo.ratio >= 20 && lo.agree));
    lines.push(`  at ${size}: LibreOffice ${(lo.libreOfficeMs / 1000).toFixed(1)} s, kaoping recalc ${(lo.kaopingMs / 1000).toFixed(1)} s; totals and ranks ${lo.agree ? 'agree' : 'DIFFER'}`);
  } else {
    lines.push('vsLibreOffice: LibreOffice is not installed (apt-get install libreoffice-calc-nogui); not measured');
  }

  process.stdout.write(lines.join('\n') + '\n');
  if (values.json) writeFileSync(values.json, JSON.stringify(figures, null, 2) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
