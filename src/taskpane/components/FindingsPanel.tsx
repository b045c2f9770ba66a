import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Lang, Severity } from '../../engine/types';
import type { Strings } from '../strings';
import { FindingItem } from './FindingItem';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Findings listed per group before a "show all" button. */
export const FIRST_SHOWN = 100;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const BADGE_COLOR = { error: 'danger', warning: 'important', info: 'informative' } as const;

export interface FindingsPanelProps {
  s: Strings;
  lang: Lang;
  findings: readonly Finding[];
  onGoTo: (finding: Finding) => void;
}

/** Findings grouped by severity, errors first; each with a location one click (or Enter) away. */
export function FindingsPanel({ s, lang, findings, onGoTo }: FindingsPanelProps) {
  const styles = useStyles();
  const groups = SEVERITIES.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) })).filter(
    (g) => g.items.length > 0,
  );
  if (groups.length === 0) return <Text>{s.noFindings}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={['error', 'warning']}>
      {groups.map(({ severity, items }) => (
        <AccordionItem key={severity} value={severity}>
          <AccordionHeader>
            <span className={styles.header}>
              {s.severities[severity]}
              <CounterBadge count={items.length} overflowCount={9999} color={BADGE_COLOR[severity]} size="small" />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <FindingGroup s={s} lang={lang} items={items} onGoTo={onGoTo} listClass={styles.list} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

interface FindingGroupProps {
  s: Strings;
  lang: Lang;
  items: readonly Finding[];
  onGoTo: (finding: Finding) => void;
  listClass: string;
}

function FindingGroup({ s, lang, items, onGoTo, listClass }: FindingGroupProps) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul className={listClass}>
        {shown.map((f, i) => (
          <li key={`${f.code}-${f.sheet}-${f.cell}-${i}`}>
            <FindingItem s={s} lang={lang} finding={f} onGoTo={onGoTo} />
          </li>
        ))}
      </ul>
      {shown.length < items.length && (
        <Button appearance="subtle" onClick={() => setAll(true)}>
          {s.showAll(items.length)}
        </Button>
      )}
    </>
  );
}
