/**
 * `npm run bench`: Kaoping's figures on this machine, as a table; `--json FILE` writes them under the
 * keys below. Each measurement lives in its own module; this file only runs them and lays out the table.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchEngine } from './bench-engine';
import { benchVsLibreOffice, libreOfficeAvailable } from './bench-libreoffice';
import { benchOffice, MODEL } from './bench-office';
import { benchScaling } from './bench-scaling';
import { benchXlsx } from './bench-xlsx';

const FIVE_MB = 5_000_000;
const lines: string[] = [];

function row(key: string, value: string | number, target = '', ok?: boolean): void {
  const mark = ok === undefined ? '' : ok ? 'ok' : 'MISSED';
  lines.push(`${key.padEnd(28)} ${String(value).padStart(12)}  ${target.padEnd(12)} ${mark}`.trimEnd());
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' }, 'skip-libreoffice': { type: 'boolean' } } });
  const f: Record<string, unknown> = {};
  row('figure', 'value', 'target');
  lines.push('-'.repeat(62));

  const engine = benchEngine();
  f['engine.ms'] = Math.round(engine.ms);
  f['engine.peakMB'] = Math.round(engine.peakMB);
  row('engine.ms', f['engine.ms'] as number, '<= 1000', engine.ms <= 1000);
  row('engine.peakMB', f['engine.peakMB'] as number, '<= 400', engine.peakMB <= 400);

  const xlsx = await benchXlsx(100_000, 1000);
  f['xlsx.ms'] = Math.round(xlsx.ms);
  row('xlsx.ms', f['xlsx.ms'] as number, '<= 20000', xlsx.ms <= 20_000 && xlsx.exit !== 2);

  const office = await benchOffice(5_000);
  f['office.syncs'] = office.syncs;
  f['office.requestBytes'] = office.requestBytes;
  f['office.modelMs'] = office.modelMs;
  row('office.syncs', office.syncs, '<= 6', office.syncs <= 6);
  row('office.requestBytes', office.requestBytes);
  row('office.modelMs', office.modelMs, 'model');
  const large = await benchOffice(100_000);
  f['office.large.syncs'] = large.syncs;
  f['office.large.maxRequestBytes'] = large.maxRequestBytes;
  f['office.large.modelMs'] = large.modelMs;
  row('office.large.syncs', large.syncs, '<= 40', large.syncs <= 40);
  row('office.large.maxRequestBytes', large.maxRequestBytes, '<= 5000000', large.maxRequestBytes <= FIVE_MB);
  row('office.large.modelMs', large.modelMs, 'model');
  f['office.model'] = MODEL;
  lines.push(`  model: ${MODEL.roundTripMs} ms a round trip per sync, ${MODEL.uploadBytesPerSec / 1e6} MB/s up and ${MODEL.downloadBytesPerSec / 1e6} MB/s down`);

  if (values['skip-libreoffice']) lines.push('vsLibreOffice: skipped (--skip-libreoffice)');
  else if (!libreOfficeAvailable()) lines.push('vsLibreOffice: LibreOffice is not installed (apt-get install libreoffice-calc-nogui); not measured');
  else {
    const lo = await benchVsLibreOffice(path.resolve(__dirname, '..'));
    f.vsLibreOffice = Number(lo.ratio.toFixed(1));
    f['vsLibreOffice.detail'] = lo;
    row('vsLibreOffice', f.vsLibreOffice as number, '>= 20', lo.ratio >= 20 && lo.agree);
    lines.push(
      `  at ${lo.size.units} units x ${lo.size.items} items x ${lo.size.entries} entries: LibreOffice ${(lo.libreOfficeMs / 1000).toFixed(1)} s, ` +
        `kaoping recalc ${(lo.kaopingMs / 1000).toFixed(1)} s; totals and ranks ${lo.agree ? 'agree' : 'DIFFER'}`,
    );
  }

  const scaling = benchScaling();
  f.scaling = scaling;
  for (const p of scaling.points) row(`scaling.${p.entries}`, p.ms.toFixed(1), 'ms');
  row('scaling.exponent', scaling.exponent.toFixed(2), '<= 1.1', scaling.exponent <= 1.1);

  process.stdout.write(lines.join('\n') + '\n');
  if (values.json) writeFileSync(values.json, JSON.stringify(f, null, 2) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
