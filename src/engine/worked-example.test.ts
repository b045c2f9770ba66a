/**
 * A worked example on the power-plant rubric (seed 001: 动力厂党委2023年度党建工作目标责任制考评细则),
 * computed by hand from seeds/power-plant.ts. Caps: 重点指标 20 (a pool over four items of 20 each),
 * 领导班子 15, 党支部建设 20, 企业文化 20, 群团 15, 其他工作 5 (评分), 特色工作 5 (评分). Periods
 * 专项督查 30% and 年终考评 70%; 合格线 60, 加分上限 10, three red flags per zone.
 */
import { SAMPLES } from '../../seeds';
import { sampleToInput } from '../../seeds/to-input';
import { assess } from './assess';

const a = assess(sampleToInput(SAMPLES.find((s) => s.key === 'power-plant')!));
const result = (period: string, unit: string) => a.results.find((r) => r.period === period && r.unit === unit)!;
const composite = (unit: string) => a.composite.find((r) => r.unit === unit)!;

describe('worked example: the power-plant rubric', () => {
  it('检修支部: the 重点指标 pool caps four items that may each take 20', () => {
    // 专项督查: 1.2 one general complaint -2 -> 重点指标 18. 其他工作 scored 4, 特色工作 4.
    //   18 + 15 + 20 + 20 + 15 + 4 + 4 = 96.
    expect(result('专项督查', '检修支部')).toMatchObject({ base: 96, bonus: 0, total: 96, passed: true });
    // 年终考评: 1.1 -5, 1.2 -5 -5, 1.3 -3, 1.4 one accident -5 = 23 > pool 20 -> 重点指标 0; the 1.4 entry crosses.
    //   其他工作 3.5, 特色工作 3.5: 0 + 15 + 20 + 20 + 15 + 3.5 + 3.5 = 77.
    const y = result('年终考评', '检修支部');
    expect(y.categories['重点指标']).toBe(0);
    expect(y).toMatchObject({ base: 77, total: 77 });
    const crossing = a.lines.find((l) => l.unit === '检修支部' && l.period === '年终考评' && l.id === '1.4')!;
    expect(crossing).toMatchObject({ recorded: 1, counted: 2, capCut: { by: 'category', points: 3 } });
    expect(a.findings).toContainEqual(expect.objectContaining({ code: 'OVER_CAP', sheet: '扣分记录', cell: crossing.cell }));
    // Composite: 0.3 x 96 + 0.7 x 77 = 28.8 + 53.9 = 82.7.
    expect(composite('检修支部')).toMatchObject({ total: 82.7, passed: true });
  });

  it('燃料支部: the progressive safety deduction, k-th accident costs 5k, up to 20', () => {
    // 专项督查: two accidents -> 5 + 10 = 15 -> 重点指标 5. Blackboard one issue short: 3.4 per 1 -> 企业文化 19.
    //   其他工作 4, 特色工作 3: 5 + 15 + 20 + 19 + 15 + 4 + 3 = 81.
    expect(result('专项督查', '燃料支部')).toMatchObject({ total: 81 });
    // 年终考评 starts counting again: 1 accident (5), then 2 more (10 + 15): 30 > item cap 20 -> 重点指标 0.
    //   其他工作 4, 特色工作 3.5: 0 + 15 + 20 + 20 + 15 + 4 + 3.5 = 77.5.
    expect(result('年终考评', '燃料支部')).toMatchObject({ total: 77.5 });
    // Composite: 0.3 x 81 + 0.7 x 77.5 = 24.3 + 54.25 = 78.55.
    expect(composite('燃料支部').total).toBe(78.55);
  });

  it('运行二支部: a bonus for the same matter counts once, at its highest', () => {
    // 年终考评: 2.5 one meeting short -2 -> 党支部建设 18; 其他工作 5, 特色工作 5 -> base 98.
    //   Bonus 4.1: company award 3, then city award 5 for the same matter -> 5 (cap 5, total cap 10). Total 103.
    expect(result('年终考评', '运行二支部')).toMatchObject({ base: 98, bonus: 5, total: 103 });
    // 专项督查: political study one short, 1 x 2 -> 领导班子 13: base 98, total 98.
    // Composite: 0.3 x 98 + 0.7 x 103 = 29.4 + 72.1 = 101.5, first in 生产区.
    expect(composite('运行二支部')).toMatchObject({ total: 101.5, rankInZone: 1, flag: 'red' });
  });

  it('后勤服务支部: a veto in one period vetoes the composite', () => {
    expect(result('专项督查', '后勤服务支部')).toMatchObject({ vetoed: true, passed: false, flag: null });
    expect(composite('后勤服务支部')).toMatchObject({ vetoed: true, passed: false });
    const zone = a.composite.filter((r) => r.zone === '机关区');
    expect(composite('后勤服务支部').rankInZone).toBe(zone.length);
  });
});
