/**
 * When two sheet names are the same name to Excel. Excel ignores case in sheet names, by its own
 * tables; folding to upper case and then to lower case joins every pair either fold joins (ß with
 * SS, the Kelvin sign with K), so a name Excel would call taken is never missed. Joining a pair Excel
 * keeps apart only sends the results to a free name, which is safe; missing a clash is not.
 */
export function sheetNameKey(name: string): string {
  return name.toLocaleUpperCase('en-US').toLocaleLowerCase('en-US');
}

