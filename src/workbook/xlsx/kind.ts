/**
 * What kind of workbook a package is, by the content type of its workbook part, and the file
 * extension that kind must carry: Excel refuses to open a macro-enabled workbook named .xlsx, and a
 * plain one named .xlsm.
 */
import { contentTypeOf, OoxmlPackage } from './ooxml/package';
import { PackageError } from './ooxml/xml';
import { ZipFormatError } from './ooxml/zip';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': '.xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': '.xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': '.xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': '.xltm',
};

/**
 * The extension (with its dot, lower case) the package's workbook part calls for, or undefined when
 * the bytes are not a package whose kind can be told (reading it will say what is wrong).
 */
export async function workbookExtension(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const pkg = await OoxmlPackage.open(bytes);
    const types = await pkg.text('[Content_Types].xml');
    if (types === undefined) return undefined;
    const type = contentTypeOf(types, (await pkg.workbook()).path);
    return type === undefined ? undefined : EXTENSIONS[type];
  } catch (e) {
    // Not a package Kaoping can read: the read that follows says what is wrong, and why.
    if (e instanceof PackageError || e instanceof ZipFormatError || e instanceof RangeError) return undefined;
    throw e;
  }
}
