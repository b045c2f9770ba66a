/**
 * Values as .xlsx files hold them and ExcelJS hands them over, read the same by the xlsx adapter and
 * by the in-memory Excel's .xlsx bridge: dates as serial day numbers, rich text, notes.
 */

const MS_PER_DAY = 86_400_000;
/** Days from the Excel epochs (1899-12-30, or 1904-01-01 in the 1904 date system) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/** ExcelJS hands dates over as JS Dates read as UTC; Excel keeps them as serial day numbers. */
export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
  // Serials are whole seconds at most; drop the float noise of the division.
  return Math.round(serial * 86_400) / 86_400;
}

export type RichRun = { readonly text?: unknown };

/** The text of rich-text runs, run after run. */
export function flattenRich(runs: readonly RichRun[]): string {
  let s = '';
  for (const run of runs) if (typeof run.text === 'string') s += run.text;
  return s;
}

/**
 * The plain text of a note. Excel's modern (threaded) comments reach older readers as a note that
 * starts "[Threaded comment]" and holds the text after "Comment:"; a classic note often starts with
 * its author's name in bold ("张三:"), which is not part of what the note says.
 */
export function noteText(note: unknown): string | undefined {
  let text: string;
  if (typeof note === 'string') text = note;
  else if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) {
    const runs = (note as { texts: Array<{ text?: unknown; font?: { bold?: boolean } }> }).texts;
    const first = runs[0];
    const author = runs.length > 1 && first?.font?.bold && typeof first.text === 'string' && /[:：]\s*$/.test(first.text);
    text = flattenRich(author ? runs.slice(1) : runs);
  } else return undefined;
  if (text.startsWith('[Threaded comment]')) {
    const at = text.indexOf('\nComment:');
    if (at >= 0) text = text.slice(at + '\nComment:'.length);
    // Replies follow as "\nReply:"; the first comment is the note.
    const reply = text.indexOf('\nReply:');
    if (reply >= 0) text = text.slice(0, reply);
  }
  text = text.replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
}
