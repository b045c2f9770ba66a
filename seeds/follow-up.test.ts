/** The samples' money and rectification follow their sources (000: pay linked at 20%; 002: funds and 整改). */
import { assess } from '../src/engine/assess';
import { sampleByKey } from './index';
import { sampleToInput } from './to-input';

describe('双十强 (000): 20% of each team’s 工资总额 follows its score', () => {
  const a = assess(sampleToInput(sampleByKey('double-ten')!));
  const pay = a.pay!;

  it('pays every unit in every month and the composite', () => {
    expect(pay.linkedShare).toBe(0.2);
    expect(pay.rows).toHaveLength(19 * 4);
  });

  it('综采一队: fixed 80% of 1,862,400 = 1,489,920 every month', () => {
    for (const r of pay.rows.filter((x) => x.unit === '综采一队支部')) expect(r.fixed).toBe(1_489_920);
  });

  it('linked = base × 20% × total / 1000, to the yuan, half away from zero (integer arithmetic)', () => {
    for (const r of pay.rows) {
      if (r.vetoed) {
        expect(r.linked).toBe(0);
        continue;
      }
      // base × 20 × (total × 100) / (100 × 1000 × 100), rounded half up on whole numbers.
      const num = BigInt(r.base!) * 20n * BigInt(Math.round(r.total * 100));
      const den = 100n * 1000n * 100n;
      const linked = (num * 2n + den) / (2n * den);
      expect(r.linked).toBe(Number(linked));
      expect(r.payable).toBe(r.fixed! + r.linked!);
    }
  });
});

describe('quarterly (002): a reward fund each quarter, and every problem followed up', () => {
  const a = assess(sampleToInput(sampleByKey('quarterly')!));

  it('shares each quarter’s 20,000 among the branches that passed, to the yuan', () => {
    for (const period of ['2021-Q1', '2021-Q2']) {
      const rows = a.pay!.rows.filter((r) => r.period === period);
      expect(rows.reduce((s, r) => s + r.fundShare!, 0)).toBe(20000);
      for (const r of rows) if (!r.passed) expect(r.fundShare).toBe(0);
    }
    expect(a.pay!.rows.filter((r) => r.period === null).every((r) => r.fundShare === null)).toBe(true);
  });

  it('counts the joint inspection’s problems, and not the self-checks (a compare source), from the 整改 columns', () => {
    // Worked from the sample's rows: Q1's joint findings are logged with a status each (done, in
    // progress, overdue below); Q2's wide table adds open problems without a due date (1, 1, 1, 3, 2,
    // 1, 0, 1, 2, 3); the 23 self-checks are 对照 and count for nothing here.
    const want: Record<string, [problems: number, done: number, inProgress: number, overdue: number]> = {
      发电运行一支部: [1 + 1, 1, 0, 0],
      发电运行二支部: [2 + 1, 1, 1, 1],
      设备部支部: [3 + 1, 3, 0, 0],
      燃料部支部: [4 + 3, 1, 2, 1],
      检修公司支部: [2 + 2, 2, 0, 0],
      热力公司支部: [3 + 1, 1, 1, 1],
      化学支部: [1 + 0, 0, 1, 0],
      机关第一支部: [2 + 1, 2, 0, 0],
      机关第二支部: [3 + 2, 2, 1, 0],
      后勤服务支部: [3 + 3, 2, 1, 0],
    };
    const got = Object.fromEntries(a.rectification!.counts.map((c) => [c.unit, [c.problems, c.done, c.inProgress, c.overdue]]));
    expect(got).toEqual(want);
    for (const c of a.rectification!.counts) expect(c.open).toBe(c.problems - c.done - c.inProgress);
    expect(a.rectification!.asOf).toBe('2021-07-15');
    // 发电运行二支部 6.1 and 燃料部支部 1.3 in progress since April; 热力公司支部 5.3 open, due 2021-07-10.
    const overdue = a.findings.filter((f) => f.code === 'RECTIFICATION_OVERDUE').map((f) => [f.cell, f.unit, f.item, f.period]);
    expect(overdue).toEqual([
      ['J4', '发电运行二支部', '6.1', '2021-Q1'],
      ['J9', '燃料部支部', '1.3', '2021-Q1'],
      ['J15', '热力公司支部', '5.3', '2021-Q1'],
    ]);
  });
});
