/**
 * Excel keeps 15 significant digits of a number: "Excel stores and calculates floating-point numbers
 * ... with 15 significant digits of precision" (support.microsoft.com, "Floating-point arithmetic may
 * give inaccurate results in Excel"; learn.microsoft.com, "Excel specifications and limits": number
 * precision, 15 digits). A double written through Range.values comes back rounded there: 1/3 is
 * 0.333333333333333, not 0.3333333333333333; 0.1 + 0.2 is 0.3.
 */
export function toExcelPrecision(n: number): number {
  if (!Number.isFinite(n) || n === 0 || (Number.isInteger(n) && Math.abs(n) < 1e15)) return n;
  return Number(n.toPrecision(15));
}
