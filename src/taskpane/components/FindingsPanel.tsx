import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Finding, Lang } from '../../engine/types';
import { groupFindings } from '../results';
import type { Strings } from '../strings';
import type { ResultStrings } from '../strings-results';
import { FindingItem } from './FindingItem';

/** Findings listed per group before a "show all" button. */
export const FIRST_SHOWN = 100;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  group: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

export interface FindingsPanelProps {
  s: Strings;
  r: ResultStrings;
  lang: Lang;
  findings: readonly Finding[];
  sheetOrder?: readonly string[];
  onGoTo: (finding: Finding) => void;
}

/**
 * Findings grouped by code with a count, each group in sheet and row order; each finding names its
 * place (and its unit and item) and is one click or Enter away from its cell. The list is one Tab
 * stop: the arrow keys, Home and End move within it.
 */
export function FindingsPanel({ s, r, lang, findings, sheetOrder, onGoTo }: FindingsPanelProps) {
  const styles = useStyles();
  const groups = useMemo(() => groupFindings(findings, sheetOrder), [findings, sheetOrder]);
  const [all, setAll] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  if (groups.length === 0) return <Text>{s.noFindings}</Text>;

  const shown = groups.map((g) => ({ ...g, shown: all.has(g.code) ? g.items : g.items.slice(0, FIRST_SHOWN) }));
  const flat = shown.flatMap((g) => g.shown);
  const current = Math.min(active, flat.length - 1);
  const focusAt = (i: number) => {
    const next = Math.max(0, Math.min(flat.length - 1, i));
    setActive(next);
    listRef.current?.querySelectorAll<HTMLElement>('[data-finding]')[next]?.focus();
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLUListElement>) => {
    const keys: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: flat.length - 1, PageDown: current + 10, PageUp: current - 10 };
    const to = keys[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    focusAt(to);
  };
  let index = 0;
  return (
    <>
      <ul ref={listRef} className={styles.list} aria-label={r.findingsList} onKeyDown={onKeyDown}>
        {shown.map((g) => (
          <li key={g.code}>
            <h3 className={mergeClasses(styles.group, styles[g.severity])}>
              {s.severities[g.severity]} · {r.codeGroup(g.code, g.items.length)}
            </h3>
            <ul className={styles.list}>
              {g.shown.map((f) => {
                const i = index++;
                return (
                  <li key={`${f.sheet}-${f.cell}-${i}`}>
                    <FindingItem s={s} r={r} lang={lang} finding={f} onGoTo={onGoTo} tabIndex={i === current ? 0 : -1} onFocus={() => setActive(i)} />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {shown
        .filter((g) => g.shown.length < g.items.length)
        .map((g) => (
          <Button key={g.code} appearance="subtle" onClick={() => setAll(new Set([...all, g.code]))}>
            {r.codeGroup(g.code, g.items.length)} · {s.showAll(g.items.length)}
          </Button>
        ))}
    </>
  );
}
