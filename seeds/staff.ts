/**
 * 计生局岗位目标责任制考核: a county family-planning bureau scores each of its staff out of 100 for
 * the year (seed 001, its second rubric). 出勤率 95% 以上满分、每低一个百分点扣 3 分 is a rate item; the
 * quarterly 述职 marks, the four quarterly 业务考试 and the year-end 民主评议 are scored on 100 and
 * 折合 into 5-, 8- and 5-point items; 环境卫生 is the office's own mark; lapses are deductions; 增分因素
 * are bonuses. Staff are grouped by 科室 (the zones), each office ranked on its own.
 */
import type { SampleSheet, SampleValue, SampleWorkbook } from './types';

type Row = readonly SampleValue[];

const rubric: SampleSheet = {
  name: '考核细则',
  rows: [
    ['计生局岗位目标责任制考核细则（百分制）'],
    ['编号', '考核类别', '考核内容', '分值', '单次扣分', '计分方式', '折合基数', '达标值', '评分标准'],
    ['1.1', '工作业绩', '出现差错或未按时完成任务', 30, 5, '扣分', null, null, '每次扣5分'],
    ['1.2', '工作业绩', '工作拖拉，出现严重失误，影响全局工作', 30, 10, '扣分', null, null, '每次扣10分'],
    ['2', '述职情况', '每季度述职报告会，全局人员评定', 5, null, '折合', 100, null, '评定得分（百分制）折合成本项得分'],
    ['3', '廉政勤政', '遵纪守法、廉洁勤政，接受举报监督', 10, 5, '扣分', null, null, '经举报查实的，每起扣5分'],
    ['4.1', '考勤情况', '全年出勤率', 15, 3, '达标率', null, { v: 0.95, numFmt: '0%' }, '出勤率95%以上记满分，每低一个百分点扣3分'],
    ['4.2', '考勤情况', '迟到', 15, 0.5, '扣分', null, null, '迟到一次扣0.5分'],
    ['4.3', '考勤情况', '早退', 15, 1, '扣分', null, null, '早退一次扣1分'],
    ['4.4', '考勤情况', '旷工', 15, 2, '扣分', null, null, '旷工一次扣2分'],
    ['5', '业务考试', '每季度业务知识考试', 8, null, '折合', 100, null, '考试成绩（百分制）折合成本项成绩'],
    ['6', '环境卫生', '科室卫生检查评比', 7, null, '评分', null, null, '科室得分即为科室人员得分'],
    ['7', '中心工作', '抽查中查出原调查组未查出的重大问题', 20, 10, '扣分', null, null, '对该调查组全体人员分别扣10分'],
    ['8', '民主评议', '年终全局人员民主评议', 5, null, '折合', 100, null, '所得分数折合为本项得分'],
    ['9.1', '增分因素', '合理化建议被局党组采纳', 10, 10, '加分', null, null, '每条加10分'],
    ['9.2', '增分因素', '被评为县级以上先进或模范', 2, 2, '加分', null, null, '加2分'],
    ['9.3', '增分因素', '在市级以上报刊发表稿件', 10, 5, '加分', null, null, '市级每篇加5分，省级每篇加10分'],
  ],
  merges: ['A1:I1'],
  widths: [6, 10, 34, 6, 8, 8, 8, 8, 36],
};

/** 工作业绩 and 考勤情况 are pools: each lapse may take the whole category, never more. */
const categories: SampleSheet = {
  name: '栏目设置',
  rows: [
    ['栏目', '分值'],
    ['工作业绩', 30],
    ['述职情况', 5],
    ['廉政勤政', 10],
    ['考勤情况', 15],
    ['业务考试', 8],
    ['环境卫生', 7],
    ['中心工作', 20],
    ['民主评议', 5],
  ],
  widths: [10, 6],
};

/** [姓名, 科室, 出勤率, 述职 (Q1–Q4), 考试 (Q1–Q4), 民主评议, 科室卫生]. */
type Staff = readonly [string, string, SampleValue, readonly number[], readonly number[], number, number];
const STAFF: readonly Staff[] = [
  ['张建国', '办公室', 0.985, [92, 90, 94, 93], [88, 91, 86, 90], 94, 6.5],
  ['李秀英', '办公室', '96.5%', [88, 86, 90, 89], [92, 95, 90, 93], 91, 6.5],
  ['王海燕', '办公室', 93.5, [85, 83, 86, 84], [78, 82, 80, 76], 86, 6.5],
  ['刘志强', '政策法规股', 0.97, [90, 91, 89, 92], [95, 93, 97, 96], 92, 6],
  ['陈丽华', '政策法规股', '91%', [80, 82, 79, 81], [72, 75, 70, 78], 80, 6],
  ['杨文军', '政策法规股', 0.99, [94, 95, 93, 96], [89, 90, 92, 88], 95, 6],
  ['赵春梅', '宣传教育股', 0.96, [89, 88, 90, 91], [85, 87, 84, 86], 90, 7],
  ['黄志刚', '宣传教育股', '95%', [87, 86, 88, 85], [90, 88, 91, 89], 88, 7],
  ['周玉兰', '宣传教育股', 0.94, [86, 84, 87, 88], [83, 80, 85, 82], 87, 7],
  ['吴德明', '技术服务站', 0.975, [91, 92, 90, 93], [86, 84, 88, 87], 93, 5.5],
  ['徐桂芳', '技术服务站', '88.5%', [78, 80, 77, 79], [70, 68, 74, 72], 76, 5.5],
  ['孙立新', '技术服务站', 0.965, [88, 90, 89, 87], [91, 89, 92, 90], 89, 5.5],
];

const units: SampleSheet = {
  name: '考评单位',
  rows: [['单位', '考评区', '职务'], ...STAFF.map(([name, office], i): Row => [name, office, i % 3 === 0 ? '负责人' : '科员'])],
  widths: [10, 12, 8],
};

const settings: SampleSheet = {
  name: '考评设置',
  rows: [['项目', '值', '说明'], ['满分', 100, null], ['合格线', 60, null], ['红旗名额', 1, '各科室第一名'], ['加分上限', 10, '增分因素合计不超过10分']],
  widths: [10, 6, 22],
};

const YEAR = '2016年度';
const QUARTERS = ['一季度', '二季度', '三季度', '四季度'];

/** [单位, 编号, 次数, 分数, 原因, 考评人, 日期, 来源]: everything the bureau recorded in the year. */
const RECORDED: Row[] = [];
for (const [name, , rate, reports, exams, appraisal, hygiene] of STAFF) {
  RECORDED.push([name, '4.1', null, rate, '全年考勤统计', '办公室 考勤员', '2016-12-28', '考勤']);
  reports.forEach((s, q) => RECORDED.push([name, '2', null, s, `${QUARTERS[q]}述职评定`, '局党组', `2016-${String(3 * q + 3).padStart(2, '0')}-28`, '述职']));
  exams.forEach((s, q) => RECORDED.push([name, '5', null, s, `${QUARTERS[q]}业务知识考试`, '政策法规股', `2016-${String(3 * q + 3).padStart(2, '0')}-25`, '考试']));
  RECORDED.push([name, '8', null, appraisal, '年终民主评议', '全局人员', '2016-12-30', '民主评议']);
  RECORDED.push([name, '6', null, hygiene, '科室卫生检查评比（全年平均）', '办公室', '2016-12-29', '卫生检查']);
}
RECORDED.push(
  ['王海燕', '1.1', 2, null, '上半年报表两次未按时上报', '办公室主任', '2016-07-05', '业绩档案'],
  ['王海燕', '4.2', 6, null, '迟到6次', '办公室 考勤员', '2016-12-28', '考勤'],
  ['陈丽华', '1.2', 1, null, '流动人口统计严重失误，影响全县通报', '分管副局长', '2016-09-12', '业绩档案'],
  ['陈丽华', '4.3', 3, null, '早退3次', '办公室 考勤员', '2016-12-28', '考勤'],
  ['徐桂芳', '4.4', 2, null, '旷工2次', '办公室 考勤员', '2016-12-28', '考勤'],
  ['徐桂芳', '4.2', 4, null, '迟到4次', '办公室 考勤员', '2016-12-28', '考勤'],
  ['徐桂芳', '7', 1, null, '随访调查组漏查重大问题，复查发现', '局党组', '2016-11-20', '抽查'],
  ['周玉兰', '3', 1, null, '下基层督导接受宴请，经举报查实', '纪检组', '2016-10-08', '举报'],
  ['刘志强', '9.1', 1, null, '《流动人口服务管理办法》修改建议被采纳', '局党组', '2016-06-15', '增分'],
  ['杨文军', '9.2', 1, null, '被评为县级优秀公务员', '县人社局', '2016-12-20', '增分'],
  ['赵春梅', '9.3', null, 10, '在省级报刊发表稿件一篇', '宣传教育股', '2016-08-18', '增分'],
  ['黄志刚', '9.3', 1, null, '在市级报刊发表稿件一篇', '宣传教育股', '2016-05-10', '增分'],
);

const entries: SampleSheet = {
  name: '考评记录',
  rows: [['期间', '单位', '编号', '次数', '分数', '原因', '考评人', '日期', '来源'], ...RECORDED.map((r): Row => [YEAR, ...r])],
  widths: [10, 8, 6, 6, 8, 34, 12, 12, 10],
};

export const STAFF_SAMPLE: SampleWorkbook = {
  key: 'staff',
  title: { zh: '计生局岗位目标责任制年度考核（出勤率、考试折合）', en: 'Family-planning bureau: annual staff assessment (attendance rate, scaled exams)' },
  description: {
    zh: '12名工作人员按科室分组，百分制：出勤率95%以上满分、每低一个百分点扣3分；述职、业务考试、民主评议按百分制评定后折合计分；增分因素加分不超过10分。',
    en: '12 staff grouped by office, out of 100: attendance at 95% or better is full marks, 3 points off per point below; the quarterly reports, exams and the year-end appraisal are marked out of 100 and scaled to their items; bonuses up to 10.',
  },
  source: '001_2e1fba2e6c05ad43.txt',
  sheets: [rubric, categories, units, settings, entries],
};
