/**
 * The lowest ExcelApi requirement set the add-in needs; manifest.xml's Requirements names the same.
 * 1.9 for what writing the result sheets uses (page layout and page breaks, suspending screen updates);
 * the pane's own calls need less (freeze panes 1.7, getUsedRangeOrNullObject 1.4, activate/select
 * 1.1). Threaded comments (1.10) and notes (1.18) are read only where Office reports them supported.
 */
export const REQUIRED_EXCEL_API = '1.9';
