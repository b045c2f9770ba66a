/** Engine time at 1x, 10x and 100x the entries, and the growth exponent fitted to them (log-log least squares). */
import { assess } from '../src/engine';
import { benchWorkbook } from './bench-data';

export interface Scaling {
  readonly points: Array<{ entries: number; ms: number }>;
  readonly exponent: number;
}

function best(f: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export function benchScaling(base = 2000): Scaling {
  const points = [1, 10, 100].map((k) => {
    const entries = base * k;
    const input = benchWorkbook({ units: 1000, items: 200, periods: 12, entries }, 11);
    return { entries, ms: best(() => assess(input), k === 100 ? 2 : 4) };
  });
  const xs = points.map((p) => Math.log(p.entries));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return { points, exponent: num / den };
}
