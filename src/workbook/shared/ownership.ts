/**
 * Which of Kaoping's own earlier sheets a new report replaces, the same rule in both adapters:
 *   - a report sheet replaces Kaoping's sheet of the same name (Excel compares names without case);
 *   - otherwise it takes the place of Kaoping's earlier sheet for the same report key under another
 *     name (`结果-总分 (2)` once the clerk's own `结果-总分` is gone, or `Results-Totals` after a
 *     run in English), which goes;
 *   - any further earlier sheet of Kaoping's for a key the report writes goes too, and so does every
 *     one for a key the report retires (a result sheet this run does not write, such as 结果-对照
 *     once no source is compared): stale results never stay beside fresh ones.
 * "Kaoping's own" means listed in the marker with its values unchanged (the caller checks the
 * fingerprints); a sheet the clerk has edited is never in `owned`, so it is never replaced or removed.
 */
import { sheetNameKey } from './sheet-names';

export interface OwnedSheet {
  readonly name: string;
  readonly key: string;
}

export interface OwnershipPlan {
  /** For each report sheet, the owned sheet it replaces (same name) or takes the place of, if any. */
  readonly takes: ReadonlyArray<{ readonly name: string; readonly sameName: boolean } | undefined>;
  /** Owned sheets under other names for keys the report writes, not taken by any report sheet: removed. */
  readonly removes: readonly string[];
}

const fold = sheetNameKey;

/**
 * `owned` lists the owned sheets present in the workbook, in the workbook's order. Report sheets are
 * `{ key, name }` in the report's order.
 */
export function planOwnership(
  report: ReadonlyArray<{ readonly key: string; readonly name: string }>,
  owned: readonly OwnedSheet[],
  /** Keys of optional sheets this report does not write (compare, pay, rectification): their earlier sheets go. */
  retired: readonly string[] = [],
): OwnershipPlan {
  const reportNames = new Set(report.map((s) => fold(s.name)));
  const keys = new Set([...report.map((s) => s.key), ...retired]);
  const used = new Set<string>();
  const takes = report.map((s) => {
    const same = owned.find((o) => fold(o.name) === fold(s.name));
    if (same) {
      used.add(same.name);
      return { name: same.name, sameName: true };
    }
    const earlier = owned.find((o) => o.key === s.key && !used.has(o.name) && !reportNames.has(fold(o.name)));
    if (!earlier) return undefined;
    used.add(earlier.name);
    return { name: earlier.name, sameName: false };
  });
  const removes = owned.filter((o) => keys.has(o.key) && !used.has(o.name) && !reportNames.has(fold(o.name))).map((o) => o.name);
  return { takes, removes };
}
