/** The shown sheet of the in-memory workbook as a read-only grid: values as Excel displays them. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type CSSProperties } from 'react';
import { columnLetters, a1 } from '../engine/cells';
import { parseRect, type Rect } from '../workbook/fake-excel/address';
import { displayText } from '../workbook/fake-excel/input';
import type { CellModel, SheetModel } from '../workbook/fake-excel';

const MAX_SHOWN_ROWS = 400;
const MAX_SHOWN_COLUMNS = 40;
const DEFAULT_WIDTH_PX = 72;

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, position: 'relative', backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '12px', fontFamily: '"Microsoft YaHei", "PingFang SC", Calibri, sans-serif' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 'normal',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    height: '20px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 'normal',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    width: '40px',
    textAlign: 'center',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '1px 4px',
    height: '20px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', backgroundColor: tokens.colorBrandBackground2 },
  frozen: { borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  note: { color: tokens.colorNeutralForeground3, padding: tokens.spacingHorizontalS },
});

function cellStyle(cell: CellModel | undefined): CSSProperties {
  const f = cell?.fmt;
  const numeric = typeof cell?.v === 'number';
  const style: CSSProperties = { textAlign: numeric ? 'right' : 'left' };
  if (!f) return style;
  if (f.bold) style.fontWeight = 'bold';
  if (f.italic) style.fontStyle = 'italic';
  if (f.color) style.color = f.color;
  if (f.fill) style.backgroundColor = f.fill;
  if (f.hAlign && f.hAlign !== 'General') style.textAlign = f.hAlign.toLowerCase() as CSSProperties['textAlign'];
  if (f.wrap) style.whiteSpace = 'normal';
  return style;
}

function selectionRect(selection: string | null): Rect | undefined {
  if (!selection) return undefined;
  try {
    return parseRect(selection, 'preview');
  } catch {
    return undefined;
  }
}

export function SheetGrid({ sheet, selection }: { sheet: SheetModel; selection: string | null }) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const used = sheet.usedRect(false);
  const rows = Math.min(Math.max((used?.bottom ?? 0) + 1, 30), MAX_SHOWN_ROWS);
  const cols = Math.min(Math.max((used?.right ?? 0) + 1, 10), MAX_SHOWN_COLUMNS);
  const sel = selectionRect(selection);
  const inSel = (r: number, c: number) => !!sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;

  // Brings the selection into view within the grid only (scrollIntoView would also move the page).
  useEffect(() => {
    const cell = selectedRef.current;
    const box = scrollerRef.current;
    if (!cell || !box) return;
    const margin = 48;
    if (cell.offsetTop - margin < box.scrollTop || cell.offsetTop + cell.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, cell.offsetTop - box.clientHeight / 3);
    }
    if (cell.offsetLeft - margin < box.scrollLeft || cell.offsetLeft + cell.offsetWidth > box.scrollLeft + box.clientWidth) {
      box.scrollLeft = Math.max(0, cell.offsetLeft - margin);
    }
  }, [sheet, selection]);

  const widthPx = (c: number) => {
    const points = sheet.widths.get(c);
    return points === undefined ? DEFAULT_WIDTH_PX : Math.max(8, Math.round((points * 4) / 3));
  };
  const body = [];
  for (let r = 0; r < rows; r++) {
    if (sheet.hiddenRows.has(r)) continue;
    const tds = [];
    for (let c = 0; c < cols; c++) {
      if (sheet.coveredBy(r, c)) continue;
      const merge = sheet.merges.find((m) => m.top === r && m.left === c);
      const cell = sheet.cell(r, c);
      const selected = inSel(r, c);
      const classes = [styles.cell, selected ? styles.selected : '', sheet.freezeRows === r + 1 ? styles.frozen : ''].join(' ');
      tds.push(
        <td
          key={c}
          className={classes}
          style={cellStyle(cell)}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          data-cell={a1(r, c)}
          data-selected={selected ? 'true' : undefined}
          ref={selected && r === sel?.top && c === sel.left ? selectedRef : undefined}
        >
          {displayText(cell)}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th scope="row" className={styles.rowHead}>
          {r + 1}
        </th>
        {tds}
      </tr>,
    );
  }
  return (
    <div className={styles.scroller} ref={scrollerRef}>
      <table className={styles.table} aria-label={sheet.name} data-sheet={sheet.name}>
        <colgroup>
          <col style={{ width: '40px' }} />
          {Array.from({ length: cols }, (_, c) => (
            <col key={c} style={{ width: `${widthPx(c)}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {used && (used.bottom >= MAX_SHOWN_ROWS || used.right >= MAX_SHOWN_COLUMNS) && (
        <p className={styles.note}>
          只显示前 {MAX_SHOWN_ROWS} 行、{MAX_SHOWN_COLUMNS} 列 / First {MAX_SHOWN_ROWS} rows and {MAX_SHOWN_COLUMNS} columns shown
        </p>
      )}
    </div>
  );
}
