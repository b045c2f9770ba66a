/**
 * Sheet references inside formulas, as Excel keeps them when sheets change:
 * - renaming a sheet rewrites every formula that names it ('结果-总分'!B2 becomes '_old'!B2), so a
 *   reference follows the sheet, not the name;
 * - deleting a sheet turns every reference to it into #REF! (='结果-总分'!B2 becomes =#REF!B2, whose
 *   value is the error #REF!), and a sheet of the same name added later does not bring it back.
 * Source: support.microsoft.com, "How to correct a #REF! error" ("The #REF! error shows when a formula
 * refers to a cell that's not valid. This happens most often when cells that were referenced by
 * formulas get deleted"), and "Rename a worksheet" (references in formulas are updated to the new name).
 *
 * Only the sheet part of a reference is looked at; text inside "..." string literals is never touched.
 */

/** A sheet name as a formula writes it: bare when it is a plain word, else in apostrophes ('' for '). */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

const fold = (s: string): string => s.toLocaleUpperCase('en-US');

/** Characters that may stand right before a bare sheet name in a formula. */
const BEFORE = /[\s=+\-*/^&,;(<>{:%@!]/;
const BARE = /[A-Za-z0-9_.\u00C0-\uFFFF]/;

/**
 * Calls `replace` for each sheet reference ("Name!" or "'Na''me'!") in the formula; its answer, if
 * any, replaces the reference including the "!".
 */
function mapSheetRefs(formula: string, replace: (sheet: string) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j++];
      }
      if (formula[j + 1] === '!') {
        const r = replace(name);
        out += r ?? formula.slice(i, j + 2);
        i = j + 2;
        continue;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (BARE.test(ch) && (i === 0 || BEFORE.test(formula[i - 1]))) {
      let j = i;
      while (j < formula.length && BARE.test(formula[j])) j++;
      if (formula[j] === '!') {
        const name = formula.slice(i, j);
        const r = replace(name);
        out += r ?? formula.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The formula with references to sheet `from` pointing at `to` (a rename). */
export function renameInFormula(formula: string, from: string, to: string): string {
  const key = fold(from);
  return mapSheetRefs(formula, (name) => (fold(name) === key ? `${quoteSheet(to)}!` : undefined));
}

/** The formula with references to the deleted sheet `gone` made #REF!, and whether there were any. */
export function deleteInFormula(formula: string, gone: string): { formula: string; broken: boolean } {
  const key = fold(gone);
  let broken = false;
  const out = mapSheetRefs(formula, (name) => {
    if (fold(name) !== key) return undefined;
    broken = true;
    return '#REF!';
  });
  return { formula: out, broken };
}
