#!/usr/bin/env python3
"""
Writes the sample workbooks (seeds/) the way other programs write them, into this folder:

  openpyxl-<sample>.xlsx        openpyxl's Workbook().save: notes as openpyxl Comments (legacy VML),
                                dates as real date cells, the records as an Excel table
  openpyxl-text-<sample>.xlsx   openpyxl writing every value as a text cell, as a system that holds its
                                records as strings exports them (扣分 "2", 次数 "1", 权重 "30%")
  pandas-index-<sample>.xlsx    pandas DataFrame.to_excel through openpyxl, one ExcelWriter for every
                                sheet, the default index=True (an unnamed 0, 1, 2 … column first)
  pandas-noindex-<sample>.xlsx  the same with index=False
  pandas-xlsxwriter-<sample>.xlsx  pandas through XlsxWriter (the engine pandas picks when both are
                                installed), index=True
  xlsxwriter-<sample>.xlsx      XlsxWriter itself: notes by write_comment, merges, formats, a table
  gnumeric-<sample>.xlsx        Gnumeric's ssconvert of an openpyxl file
  libreoffice-<sample>.xlsx     LibreOffice's --convert-to xlsx of the sample's own .xlsx in seeds/

Run from the repository root:  python3 test/xlsx/real-writers/generate.py
Needs: apt-get install python3-openpyxl python3-pandas python3-xlsxwriter gnumeric libreoffice-calc-nogui.
The versions that wrote the committed files are in versions.txt, which this script rewrites.
Every value comes from the samples themselves (samples-json.ts), never typed in here.
"""
import datetime
import decimal
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_cell_to_rowcol
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
ISO_DATE = re.compile(r'^(\d{4})-(\d{2})-(\d{2})$')
DATE_FORMAT = 'yyyy-mm-dd'
EXCEL_EPOCH = datetime.datetime(1899, 12, 30)


def load_samples():
    out = subprocess.check_output(['npx', 'tsx', os.path.join(HERE, 'samples-json.ts')], cwd=ROOT)
    return {s['key']: s for s in json.loads(out)}


def plain(cell):
    """The value a program holding the sample's data has for a cell (no format, no note)."""
    if isinstance(cell, dict):
        return cell.get('error') or cell.get('v')
    return cell


def is_date_format(fmt):
    return fmt is not None and 'yy' in fmt.lower()


# ---- openpyxl -------------------------------------------------------------------------------

def openpyxl_cell(ws, row, col, cell, real_dates):
    """One sample cell written as openpyxl writes it: a value, a number format, a comment."""
    target = ws.cell(row=row, column=col)
    fmt = cell.get('numFmt') if isinstance(cell, dict) else None
    value = plain(cell)
    if real_dates and isinstance(value, str) and ISO_DATE.match(value):
        y, m, d = (int(x) for x in ISO_DATE.match(value).groups())
        value, fmt = datetime.date(y, m, d), DATE_FORMAT
    elif real_dates and isinstance(value, (int, float)) and is_date_format(fmt):
        value = (EXCEL_EPOCH + datetime.timedelta(days=value)).date()
    if value is None and not (isinstance(cell, dict) and cell.get('note')):
        return
    target.value = value
    if fmt:
        target.number_format = fmt
    if isinstance(cell, dict) and cell.get('note'):
        target.comment = Comment(cell['note'], '考评组')


def openpyxl_book(sample, real_dates=False, tables=()):
    """The whole sample as an openpyxl Workbook; `tables` names the sheets whose rows form an Excel table."""
    wb = openpyxl.Workbook()
    for i, sheet in enumerate(sample['sheets']):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = sheet['name']
        for r, row in enumerate(sheet['rows'], start=1):
            for c, cell in enumerate(row, start=1):
                openpyxl_cell(ws, r, c, cell, real_dates)
        for ref in sheet.get('merges') or []:
            ws.merge_cells(ref)
        for c, width in enumerate(sheet.get('widths') or [], start=1):
            ws.column_dimensions[get_column_letter(c)].width = width
        for r in sheet.get('hiddenRows') or []:
            ws.row_dimensions[r].hidden = True
        if sheet['name'] in tables:
            width = max(len(row) for row in sheet['rows'])
            ref = 'A1:%s%d' % (get_column_letter(width), len(sheet['rows']))
            table = Table(displayName=sheet['name'], ref=ref)
            table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True)
            ws.add_table(table)
    return wb


def number_text(value, fmt):
    """The text a system that keeps its records as strings holds for a number: as the sample's format
    shows it where the format keeps decimals, a percent or a date (an id 1.10, 30%, 2021-04-06); its
    plain digits where the format only groups thousands (a system keeps an amount's digits)."""
    if fmt is None or fmt == '#,##0':
        d = decimal.Decimal(repr(value)).normalize()
        return format(d, 'f')
    if is_date_format(fmt):
        return (EXCEL_EPOCH + datetime.timedelta(days=value)).strftime('%Y-%m-%d')
    m = re.fullmatch(r'0(?:\.(0+))?(%?)', fmt)
    if not m:
        raise ValueError('no text form for the number format %r: add it to number_text' % fmt)
    places = len(m.group(1) or '')
    return '%.*f%s' % (places, value * 100 if m.group(2) else value, m.group(2))


def openpyxl_text_book(sample):
    """The sample with every number a text cell (notes, merges and widths kept)."""
    wb = openpyxl_book(sample)
    for sheet in sample['sheets']:
        ws = wb[sheet['name']]
        for r, row in enumerate(sheet['rows'], start=1):
            for c, cell in enumerate(row, start=1):
                value = plain(cell)
                if isinstance(value, (int, float)) and not (isinstance(cell, dict) and cell.get('error')):
                    target = ws.cell(row=r, column=c)
                    target.value = number_text(value, cell.get('numFmt') if isinstance(cell, dict) else None)
                    target.number_format = '@'
    return wb


# ---- XlsxWriter -----------------------------------------------------------------------------

def xlsxwriter_book(sample, path, tables=()):
    """The whole sample written with XlsxWriter, as a script using it directly writes it."""
    wb = xlsxwriter.Workbook(path)
    formats = {}

    def fmt(code):
        if code not in formats:
            formats[code] = wb.add_format({'num_format': code})
        return formats[code]

    for sheet in sample['sheets']:
        ws = wb.add_worksheet(sheet['name'])
        merged = {}
        for ref in sheet.get('merges') or []:
            first, last = ref.split(':')
            merged[xl_cell_to_rowcol(first)] = xl_cell_to_rowcol(last)
        for r, row in enumerate(sheet['rows']):
            for c, cell in enumerate(row):
                value = plain(cell)
                code = cell.get('numFmt') if isinstance(cell, dict) else None
                style = fmt(code) if code else None
                if (r, c) in merged:
                    lr, lc = merged[(r, c)]
                    ws.merge_range(r, c, lr, lc, value, style)
                elif isinstance(value, str) and ISO_DATE.match(value):
                    y, m, d = (int(x) for x in ISO_DATE.match(value).groups())
                    ws.write_datetime(r, c, datetime.datetime(y, m, d), fmt(DATE_FORMAT))
                elif value is not None:
                    ws.write(r, c, value, style)
                if isinstance(cell, dict) and cell.get('note'):
                    ws.write_comment(r, c, cell['note'], {'author': '考评组'})
        for c, width in enumerate(sheet.get('widths') or []):
            ws.set_column(c, c, width)
        for r in sheet.get('hiddenRows') or []:
            ws.set_row(r - 1, None, None, {'hidden': True})
        if sheet['name'] in tables:
            rows = sheet['rows']
            width = max(len(row) for row in rows)
            ws.add_table(0, 0, len(rows) - 1, width - 1, {
                'name': sheet['name'],
                'columns': [{'header': str(plain(h))} for h in rows[0]],
            })
    wb.close()


# ---- pandas ---------------------------------------------------------------------------------

def header_index(rows):
    """The header row as a pandas user would take it: the first row with two or more cells."""
    for i, row in enumerate(rows):
        if sum(1 for c in row if plain(c) not in (None, '')) >= 2:
            return i
    return 0


def frame(sheet):
    rows = sheet['rows']
    h = header_index(rows)
    width = max(len(row) for row in rows[h:])
    pad = lambda row: [plain(c) for c in row] + [None] * (width - len(row))
    columns = pad(rows[h])
    body = [pad(row) for row in rows[h + 1:]]
    df = pd.DataFrame(body, columns=columns)
    # A column of dates is datetime64 in a pandas script, and to_excel writes it with pandas's own
    # datetime format (a time of day included).
    for i in range(width):
        col = df.iloc[:, i]
        present = [v for v in col if v is not None and v == v]
        if present and all(isinstance(v, str) and ISO_DATE.match(v) for v in present):
            df[df.columns[i]] = pd.to_datetime(col)
    return df


SCORE_TABLE = re.compile('扣分表|得分表')


def pandas_book(sample, path, index, engine='openpyxl', tables_reversed=False):
    """Every sheet through one ExcelWriter; with `tables_reversed`, score tables last row first
    (df.iloc[::-1]), so that the index runs n-1 … 0 as after a sort."""
    with pd.ExcelWriter(path, engine=engine) as writer:
        for sheet in sample['sheets']:
            df = frame(sheet)
            if tables_reversed and SCORE_TABLE.search(sheet['name']):
                df = df.iloc[::-1]
            df.to_excel(writer, sheet_name=sheet['name'], index=index)


# ---- the other programs ---------------------------------------------------------------------

def soffice_profile_args(profile):
    return ['-env:UserInstallation=file://' + profile, '--headless']


def main():
    samples = load_samples()
    written = []
    tmp = tempfile.mkdtemp(prefix='kaoping-writers-')
    try:
        def out(name):
            written.append(name)
            return os.path.join(HERE, name)

        # A score table whose reasons are comments, and dates (also the 整改期限) as real date cells.
        openpyxl_book(samples['quarterly'], real_dates=True).save(out('openpyxl-quarterly.xlsx'))
        # The records as an Excel table; rubric ids kept as numbers shown with two decimals (1.10).
        openpyxl_book(samples['power-plant'], real_dates=True, tables=('扣分记录',)).save(out('openpyxl-power-plant.xlsx'))
        # Every number as text: two score tables (扣分 "2") with notes, a log with 次数, amounts.
        openpyxl_text_book(samples['double-ten']).save(out('openpyxl-text-double-ten.xlsx'))

        pandas_book(samples['staff'], out('pandas-index-staff.xlsx'), index=True)
        pandas_book(samples['villages'], out('pandas-noindex-villages.xlsx'), index=False)
        # Two score tables (reasons lost: a DataFrame holds no comments) after an index column …
        # … the score tables last row first, so that their index runs backwards as after a sort.
        pandas_book(samples['double-ten'], out('pandas-index-double-ten.xlsx'), index=True, tables_reversed=True)
        pandas_book(samples['quarterly'], out('pandas-index-quarterly.xlsx'), index=True)

        pandas_book(samples['villages'], out('pandas-xlsxwriter-villages.xlsx'), index=True, engine='xlsxwriter')
        # Two score tables with notes as XlsxWriter's comments, and the log as an Excel table.
        xlsxwriter_book(samples['double-ten'], out('xlsxwriter-double-ten.xlsx'), tables=('考评记录',))

        # Gnumeric from an openpyxl file: two score tables with comments, its own part names and styles.
        src = os.path.join(tmp, 'double-ten.xlsx')
        openpyxl_book(samples['double-ten']).save(src)
        subprocess.run(['ssconvert', '--export-type=Gnumeric_Excel:xlsx2', src, out('gnumeric-double-ten.xlsx')],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Its other exporter (ECMA-376 1st edition), from an openpyxl file with real date cells.
        src = os.path.join(tmp, 'quarterly.xlsx')
        openpyxl_book(samples['quarterly'], real_dates=True).save(src)
        subprocess.run(['ssconvert', '--export-type=Gnumeric_Excel:xlsx', src, out('gnumeric-quarterly.xlsx')],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        # LibreOffice re-saving every sample's own .xlsx, in one start.
        keys = sorted(samples)
        profile = os.path.join(tmp, 'profile')
        lo_out = os.path.join(tmp, 'lo')
        subprocess.run(['soffice', *soffice_profile_args(profile), '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
                        '--outdir', lo_out, *[os.path.join(ROOT, 'seeds', k + '.xlsx') for k in keys]],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for k in keys:
            shutil.copyfile(os.path.join(lo_out, k + '.xlsx'), out('libreoffice-%s.xlsx' % k))

        soffice = subprocess.run(['soffice', *soffice_profile_args(profile), '--version'],
                                 check=True, capture_output=True, text=True).stdout.strip()
        gnumeric = subprocess.run(['ssconvert', '--version'], check=True, capture_output=True, text=True).stdout.splitlines()[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    with open(os.path.join(HERE, 'versions.txt'), 'w', encoding='utf-8') as f:
        f.write('Written by test/xlsx/real-writers/generate.py with:\n')
        f.write('  Python %s\n' % sys.version.split()[0])
        f.write('  openpyxl %s\n' % openpyxl.__version__)
        f.write('  pandas %s\n' % pd.__version__)
        f.write('  XlsxWriter %s\n' % xlsxwriter.__version__)
        f.write('  %s\n' % gnumeric)
        f.write('  %s\n' % soffice)
        f.write('Files:\n')
        for name in written:
            f.write('  %s\n' % name)


if __name__ == '__main__':
    main()
