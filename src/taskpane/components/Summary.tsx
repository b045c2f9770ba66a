import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Assessment, Finding } from '../../engine/types';
import type { LastRun } from '../hooks/useKaoping';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  cell: { display: 'flex', flexDirection: 'column', margin: 0 },
  value: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    margin: 0,
  },
  errors: { color: tokens.colorPaletteRedForeground1 },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface SummaryProps {
  s: Strings;
  assessment: Assessment;
  findings: readonly Finding[];
  last: LastRun | null;
}

export function Summary({ s, assessment, findings, last }: SummaryProps) {
  const styles = useStyles();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const rows: Array<[string, string, string | undefined]> = [
    [s.units, String(assessment.units.length), undefined],
    [s.periods, String(assessment.periods.length), undefined],
    [s.errors, String(errors), errors > 0 ? styles.errors : undefined],
    [s.warnings, String(warnings), warnings > 0 ? styles.warnings : undefined],
    [s.time, last ? s.seconds(last.ms) : '—', undefined],
  ];
  return (
    <section aria-label={s.summaryTitle}>
      <dl className={styles.list}>
        {rows.map(([label, value, tone]) => (
          <div key={label} className={styles.cell}>
            <dt>
              <Caption1>{label}</Caption1>
            </dt>
            <dd className={mergeClasses(styles.value, tone)}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
