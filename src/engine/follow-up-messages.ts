/** Messages of the follow-up checks (contract section 8), Chinese and English; each says what to do. */
type Msg = { zh: string; en: string };

export const followUpMessages = {
  unknownStatus: (text: string): Msg => ({
    zh: `整改状态“${text}”无法识别，按“未整改”统计。请填写 未整改、整改中 或 已整改。`,
    en: `Status "${text}" is not known and counts as open. Use open, in progress or done.`,
  }),
  overdue: (unit: string, id: string, due: string, asOf: string): Msg => ({
    zh: `单位“${unit}”项目 ${id} 的问题整改期限为 ${due}，评定日期 ${asOf} 时仍未整改完成。请督促整改，完成后把整改状态改为“已整改”。`,
    en: `Unit "${unit}", item ${id}: the problem was due ${due} and is not done as of ${asOf}. Follow it up, and set its status to done once it is.`,
  }),
  badDue: (text: string): Msg => ({
    zh: `整改期限“${text}”不是日期，未作逾期检查。请填写日期，如 2024-03-31。`,
    en: `Due "${text}" is not a date and was not checked for being overdue. Enter a date such as 2024-03-31.`,
  }),
  dueError: (err: string): Msg => ({
    zh: `整改期限为错误值 ${err}，未作逾期检查。请修正该单元格。`,
    en: `The due cell holds the error ${err} and was not checked for being overdue. Fix the cell.`,
  }),
};
