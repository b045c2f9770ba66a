/** A place in the workbook as a hyperlink names it, for both adapters: 'Sheet name'!A1, quotes doubled. */
export function linkTarget(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
