/**
 * 长山热电厂党支部量化考评: ten branches, scored each quarter of 2021. The 党群工作部, 纪委办公室,
 * 工会 and 党委办公室 inspect jointly once a quarter. The first quarter's findings are logged with
 * their rectification (整改状态, 整改期限, 整改责任人); the second quarter's, just made, are a wide table,
 * one column per rubric item, the reason in each cell's note (批注). The branches' monthly self-checks
 * (自查) go into the same log, held against the inspection as a compare source (对照): they count toward
 * no score and are no problems to rectify. The last three of the plant are warned (预警).
 */
import type { SampleCell, SampleSheet, SampleValue, SampleWorkbook } from './types';

type Row = readonly SampleValue[];

/** [编号, 类别, 考核内容, 标准分, 考核标准]. */
const RUBRIC_ITEMS: readonly Row[] = [
  [1.1, '党建工作', '落实“三会一课”制度', 8, '支委会、党小组会每月一次，党员大会、党课每季一次；每缺一次扣2分，记录不全扣1分'],
  [1.2, '党建工作', '开展主题党日活动', 6, '每月一次，未开展每次扣2分；内容单一扣1分'],
  [1.3, '党建工作', '组织生活会和民主评议党员', 6, '未召开扣6分；程序不规范扣2分'],
  [1.4, '党建工作', '发展党员', 5, '程序不规范每人扣2分；材料不全扣1分'],
  [1.5, '党建工作', '党费收缴和党员管理', 5, '未按月收缴扣2分；党员信息未及时更新扣1分'],
  [2.1, '宣传工作', '新闻稿件报送', 5, '每季不少于3篇，每少一篇扣1分'],
  [2.2, '宣传工作', '普法宣传教育', 5, '未按计划开展扣3分；开展不及时扣1分'],
  [3.1, '企业文化建设', '企业文化理念宣贯', 5, '未组织学习扣3分；职工知晓率低扣1分'],
  [3.2, '企业文化建设', '班组文化建设', 5, '无特色载体扣2分；阵地未更新扣1分'],
  [4.1, '精神文明建设', '文明创建活动', 5, '未开展扣5分；效果不明显扣2分'],
  [4.2, '精神文明建设', '志愿服务', 5, '每季不少于一次，未开展扣3分'],
  [5.1, '党风廉政建设', '党风廉政宣传教育', 5, '未开展扣3分；警示教育未组织扣2分'],
  [5.2, '党风廉政建设', '日常廉政谈话', 5, '谈话不及时扣2分；无记录扣1分'],
  [5.3, '党风廉政建设', '廉洁风险防控', 5, '风险点未排查扣3分；防控措施不落实扣2分'],
  [6.1, '群团工作', '工会工作，困难职工帮扶', 5, '困难职工档案不完善扣2分；慰问不及时扣1分'],
  [6.2, '群团工作', '团青工作', 5, '团支部活动未开展扣2分；青年岗位建功无载体扣1分'],
  [6.3, '群团工作', '职工之家建设和文体活动', 5, '未开展文体活动扣2分；职工之家管理不善扣1分'],
  [7.1, '维护稳定', '矛盾纠纷排查化解', 5, '未排查扣3分；排查不彻底扣1分'],
  [7.2, '维护稳定', '信访稳定', 5, '发生越级上访每人次扣3分'],
];

const IDS: readonly string[] = RUBRIC_ITEMS.map((r) => String(r[0]));

const rubric: SampleSheet = {
  name: '考评细则',
  rows: [
    ['长山热电厂党支部量化考评细则（2021年修订）'],
    ['编号', '类别', '考核内容', '标准分', '考核标准'],
    ...RUBRIC_ITEMS,
  ],
  merges: ['A1:E1'],
  widths: [6, 14, 28, 8, 56],
};

const BRANCHES: readonly (readonly [string, string])[] = [
  ['发电运行一支部', '王立新'],
  ['发电运行二支部', '孙海涛'],
  ['设备部支部', '高振宇'],
  ['燃料部支部', '田国庆'],
  ['检修公司支部', '何永刚'],
  ['热力公司支部', '邢丽娟'],
  ['化学支部', '曲志远'],
  ['机关第一支部', '宋晓梅'],
  ['机关第二支部', '常玉华'],
  ['后勤服务支部', '于春生'],
];

const units: SampleSheet = {
  name: '考评单位',
  rows: [['单位', '考评区', '支部书记'], ...BRANCHES.map(([name, secretary]): Row => [name, '全厂', secretary])],
  widths: [16, 8, 10],
};

const periods: SampleSheet = {
  name: '期间设置',
  rows: [['期间', '权重', '奖励资金'], ['2021-Q1', '50%', 20000], ['2021-Q2', '50%', 20000]],
  widths: [10, 8, 10],
};

const settings: SampleSheet = {
  name: '考评设置',
  rows: [
    ['项目', '值', '说明'],
    ['满分', 100, null],
    ['红旗名额', 3, null],
    ['预警名额', 3, '排名后三名进行考核'],
    ['评定日期', '2021-07-15', '二季度考评日，用于判断整改是否逾期'],
  ],
  widths: [10, 6, 20],
};

/** A joint-inspection mark: points deducted and the reason written in the cell's note. */
type Mark = readonly [id: string, points: number, reason: string];

function d(points: number, reason: string): SampleCell {
  return { v: points, note: reason };
}

/** A wide row: 单位, 期间, then one cell per rubric id, blank where nothing was deducted. */
function wideRow(unit: string, period: string, marks: readonly Mark[]): Row {
  const cells: SampleValue[] = IDS.map(() => null);
  for (const [id, points, reason] of marks) {
    const col = IDS.indexOf(id);
    if (col < 0) throw new Error(`no rubric item ${id}`);
    cells[col] = d(points, reason);
  }
  return [unit, period, ...cells];
}

function scoreTable(name: string, period: string, marks: Readonly<Record<string, readonly Mark[]>>): SampleSheet {
  return {
    name,
    rows: [['单位', '期间', ...IDS], ...BRANCHES.map(([unit]) => wideRow(unit, period, marks[unit] ?? []))],
    widths: [16, 8, ...IDS.map(() => 5)],
  };
}

const Q1_JOINT: Readonly<Record<string, readonly Mark[]>> = {
  发电运行一支部: [['1.1', 1, '三会一课记录不全，缺3月党小组会记录']],
  发电运行二支部: [
    ['1.2', 1, '主题党日内容单一，均为集中学习'],
    ['6.1', 2, '困难职工档案不完善，缺2户家庭收入证明'],
  ],
  设备部支部: [
    ['1.4', 2, '发展对象政审材料不全，程序不规范'],
    ['5.2', 2, '新任班长未及时开展廉政谈话'],
    ['2.1', 1, '一季度报送新闻稿件2篇，少1篇'],
  ],
  燃料部支部: [
    ['1.1', 2, '2月支委会未召开'],
    ['1.3', 2, '组织生活会程序不规范，未开展相互批评'],
    ['7.1', 3, '一季度未开展矛盾纠纷排查'],
    ['4.2', 3, '一季度未开展志愿服务'],
  ],
  检修公司支部: [
    ['2.2', 1, '普法教育开展不及时'],
    ['6.2', 1, '青年岗位建功无载体'],
  ],
  热力公司支部: [
    ['1.5', 1, '党员信息未及时更新（2人组织关系转入未录入）'],
    ['5.3', 3, '供热收费岗位廉洁风险点未排查'],
    ['3.2', 1, '班组文化阵地未更新'],
  ],
  化学支部: [['3.1', 1, '抽查3名职工，企业文化理念知晓率低']],
  机关第一支部: [
    ['1.2', 2, '1月主题党日未开展'],
    ['2.1', 2, '一季度报送新闻稿件1篇，少2篇'],
  ],
  机关第二支部: [
    ['5.1', 2, '未组织警示教育'],
    ['6.3', 2, '一季度未开展文体活动'],
    ['1.1', 1, '党课记录不全'],
  ],
  后勤服务支部: [
    ['4.1', 2, '文明创建活动效果不明显，食堂环境整治未完成'],
    ['7.2', 3, '职工1人次越级上访（劳务派遣工资问题）'],
    ['1.5', 2, '1月、2月党费未按月收缴'],
  ],
};

const Q2_JOINT: Readonly<Record<string, readonly Mark[]>> = {
  发电运行一支部: [['2.2', 1, '“民法典”宣传开展不及时']],
  发电运行二支部: [['1.1', 1, '党员大会记录不全，缺签到']],
  设备部支部: [['1.4', 1, '入党积极分子培养考察材料不全']],
  燃料部支部: [
    ['1.1', 2, '5月党小组会未召开'],
    ['6.1', 1, '困难职工慰问不及时'],
    ['7.1', 1, '矛盾纠纷排查不彻底，外包队伍未覆盖'],
  ],
  检修公司支部: [
    ['5.2', 1, '廉政谈话无记录'],
    ['3.2', 2, '班组文化无特色载体'],
  ],
  热力公司支部: [['4.2', 3, '二季度未开展志愿服务']],
  化学支部: [],
  机关第一支部: [['1.3', 2, '民主评议党员程序不规范']],
  机关第二支部: [
    ['2.1', 1, '二季度报送新闻稿件2篇，少1篇'],
    ['6.2', 2, '团支部活动未开展'],
  ],
  后勤服务支部: [
    ['1.2', 2, '4月主题党日未开展'],
    ['5.3', 2, '物资采购廉洁防控措施不落实'],
    ['6.3', 1, '职工之家管理不善，器材损坏未维修'],
  ],
};

/** Monthly self-checks: [期间, 单位, 编号, 扣分, 原因, 检查人, 日期]. */
const SELF_CHECKS: readonly (readonly [string, string, number, number, string, string, string])[] = [
  ['2021-Q1', '发电运行一支部', 1.2, 1, '1月主题党日因疫情改为线上，内容单一', '组织委员 刘洋', '2021-01-29'],
  ['2021-Q1', '发电运行二支部', 2.1, 1, '2月未报送新闻稿件', '组织委员 赵鹏', '2021-02-26'],
  ['2021-Q1', '设备部支部', 1.1, 1, '1月支委会记录不全', '组织委员 陈静', '2021-01-29'],
  ['2021-Q1', '燃料部支部', 5.2, 1, '廉政谈话无记录', '组织委员 马骏', '2021-03-30'],
  ['2021-Q1', '燃料部支部', 6.3, 2, '春节期间未组织文体活动', '组织委员 马骏', '2021-02-26'],
  ['2021-Q1', '检修公司支部', 1.1, 2, '1月党小组会未召开', '组织委员 郑凯', '2021-01-29'],
  ['2021-Q1', '热力公司支部', 7.1, 1, '供热投诉排查不彻底', '组织委员 冯雪', '2021-02-26'],
  ['2021-Q1', '化学支部', 4.2, 3, '一季度志愿服务未开展', '组织委员 曹宇', '2021-03-30'],
  ['2021-Q1', '机关第一支部', 5.1, 3, '党风廉政宣传教育未开展', '组织委员 韩梅', '2021-03-30'],
  ['2021-Q1', '机关第二支部', 3.2, 1, '班组文化墙未更新', '组织委员 杜鹃', '2021-02-26'],
  ['2021-Q1', '后勤服务支部', 1.1, 2, '2月支委会未召开', '组织委员 蒋涛', '2021-02-26'],
  ['2021-Q1', '后勤服务支部', 2.1, 1, '3月未报送新闻稿件', '组织委员 蒋涛', '2021-03-30'],
  ['2021-Q2', '发电运行一支部', 6.2, 1, '青年岗位建功活动无载体', '组织委员 刘洋', '2021-05-28'],
  ['2021-Q2', '发电运行二支部', 1.2, 2, '5月主题党日未开展', '组织委员 赵鹏', '2021-05-28'],
  ['2021-Q2', '设备部支部', 6.1, 1, '困难职工慰问不及时', '组织委员 陈静', '2021-06-29'],
  ['2021-Q2', '燃料部支部', 2.2, 3, '普法宣传未按计划开展', '组织委员 马骏', '2021-06-29'],
  ['2021-Q2', '检修公司支部', 1.5, 1, '党员信息未及时更新', '组织委员 郑凯', '2021-04-29'],
  ['2021-Q2', '热力公司支部', 1.1, 2, '4月党小组会未召开', '组织委员 冯雪', '2021-04-29'],
  ['2021-Q2', '化学支部', 3.1, 1, '新入职职工理念知晓率低', '组织委员 曹宇', '2021-06-29'],
  ['2021-Q2', '机关第一支部', 2.1, 1, '二季度稿件少1篇', '组织委员 韩梅', '2021-06-29'],
  ['2021-Q2', '机关第二支部', 5.3, 2, '廉洁防控措施不落实', '组织委员 杜鹃', '2021-05-28'],
  ['2021-Q2', '后勤服务支部', 7.2, 3, '职工1人次越级上访（餐补问题）', '组织委员 蒋涛', '2021-06-15'],
  ['2021-Q2', '后勤服务支部', 4.1, 2, '文明创建效果不明显', '组织委员 蒋涛', '2021-06-29'],
];

/**
 * 整改闭环 of the first quarter's joint inspection, in the order of Q1_JOINT (branch by branch): the
 * inspection group logged its findings with a 整改状态 and 整改期限 each, the branch secretary answering
 * for them. Most were due at the end of April; assessed on 2021-07-15, two still in progress from then
 * and one open problem due 2021-07-10 are overdue. The self-checks are a compare source (对照): they
 * are not problems to put right (contract §8), so they carry no 整改 columns. The second quarter's
 * inspection, just done, stays a wide table: its problems count as open, with no due date yet.
 */
const Q1_FOLLOW_UP: Readonly<Record<string, readonly (readonly [status: string, due: SampleValue])[]>> = {
  发电运行一支部: [['已整改', '2021-04-30']],
  发电运行二支部: [['已整改', '2021-04-30'], ['整改中', '2021-04-30']],
  设备部支部: [['已整改', '2021-04-30'], ['已整改', '2021-04-30'], ['已整改', '2021-04-30']],
  燃料部支部: [['已整改', '2021-04-30'], ['整改中', '2021/4/30'], ['未整改', '2021-07-31'], ['整改中', '2021年7月31日']],
  检修公司支部: [['已整改', '2021-04-30'], ['已整改', '2021-04-30']],
  热力公司支部: [['已整改', '2021-04-30'], ['未整改', { v: 44387, numFmt: 'yyyy-mm-dd' }], ['整改中', '2021-07-31']],
  化学支部: [['整改中', '2021-07-31']],
  机关第一支部: [['已整改', '2021-04-30'], ['已整改', '2021-04-30']],
  机关第二支部: [['已整改', '2021-04-30'], ['整改中', '2021-07-31'], ['已整改', '2021-04-30']],
  后勤服务支部: [['整改中', '2021-07-31'], ['已整改', '2021-04-30'], ['已整改', '2021-04-30']],
};

const secretaryOf = new Map<string, string>(BRANCHES);

/** The first quarter's joint inspection as log rows (来源 联查), each with its 整改 follow-up. */
const Q1_JOINT_ROWS: readonly Row[] = BRANCHES.flatMap(([unit]) =>
  (Q1_JOINT[unit] ?? []).map(([id, points, reason], i): Row => {
    const follow = Q1_FOLLOW_UP[unit]?.[i];
    if (!follow) throw new Error(`no 整改 for ${unit} ${id}`);
    return ['2021-Q1', unit, id, points, reason, '联合检查组', '2021-03-31', '联查', follow[0], follow[1], secretaryOf.get(unit) ?? null];
  }),
);

const entries: SampleSheet = {
  name: '扣分记录',
  rows: [
    ['期间', '单位', '编号', '扣分', '原因', '检查人', '日期', '来源', '整改状态', '整改期限', '整改责任人'],
    ...Q1_JOINT_ROWS,
    ...SELF_CHECKS.map((r): Row => [...r, '自查', null, null, null]),
  ],
  widths: [9, 16, 6, 6, 36, 16, 12, 6, 10, 12, 10],
};

/** The joint inspection is what counts; the branches' own monthly checks are held against it (对照). */
const sources: SampleSheet = {
  name: '来源设置',
  rows: [
    ['来源', '用途', '说明'],
    ['联查', '计分', '党群工作部、纪委办公室、工会、党委办公室每季度联合检查（各季度联查扣分表）'],
    ['自查', '对照', '各支部每月自查自评，对照联查情况找差距'],
  ],
  widths: [8, 6, 56],
};

export const QUARTERLY: SampleWorkbook = {
  key: 'quarterly',
  title: { zh: '热电厂党支部季度量化考评（联查+自查）', en: 'Power station branches: quarterly scored review (joint inspection and self-checks)' },
  description: {
    zh: '10个党支部、7个类别百分制，每季度职能部室联合检查并计分（一季度问题记入扣分记录并跟踪整改，二季度记入宽表、扣分原因写在批注中），每月支部自查记入扣分记录、作为对照来源与联查比对；排名后三名预警。',
    en: '10 Party branches, 7 categories out of 100; each quarter’s joint inspection is scored (Q1’s findings logged with their rectification, Q2’s a wide deduction table with the reasons in cell notes); the monthly self-checks, in the same log, are compared against it; the last three are warned.',
  },
  source: '002_3670e720d17d69a5.txt',
  sheets: [
    rubric,
    units,
    periods,
    settings,
    sources,
    scoreTable('2021年二季度联查扣分表', '2021-Q2', Q2_JOINT),
    entries,
  ],
};
