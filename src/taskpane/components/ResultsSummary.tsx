import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { Assessment } from '../../engine/types';
import { resultsSummary } from '../results';
import type { ResultStrings } from '../strings-results';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  cell: { display: 'flex', flexDirection: 'column', margin: 0 },
  value: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  red: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  zones: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  zone: { overflowWrap: 'anywhere', minWidth: 0 },
});

/** After a run: units, 红旗, 预警, 不合格, 否决, and each zone's first three. */
export function ResultsSummary({ r, assessment }: { r: ResultStrings; assessment: Assessment }) {
  const styles = useStyles();
  const sum = resultsSummary(assessment);
  if (!sum) return null;
  const dec = assessment.settings.decimals;
  const counts: Array<[string, number, string | undefined]> = [
    [r.red, sum.red, sum.red > 0 ? styles.red : undefined],
    [r.warning, sum.warning, sum.warning > 0 ? styles.warn : undefined],
    [r.failed, sum.failed, sum.failed > 0 ? styles.warn : undefined],
    [r.vetoed, sum.vetoed, sum.vetoed > 0 ? styles.red : undefined],
  ];
  return (
    <section className={styles.root} aria-labelledby="kaoping-results">
      <Subtitle2 as="h2" id="kaoping-results" className={styles.heading}>
        {r.resultsTitle(sum.basis ?? r.composite)}
      </Subtitle2>
      <dl className={styles.counts}>
        {counts.map(([label, n, tone]) => (
          <div key={label} className={styles.cell}>
            <dt>
              <Caption1>{label}</Caption1>
            </dt>
            <dd className={mergeClasses(styles.value, tone)}>{n}</dd>
          </div>
        ))}
      </dl>
      <ul className={styles.zones}>
        {sum.zones.map((z) => (
          <li key={z.zone} className={styles.zone}>
            <Caption1>{r.zoneTop(z.zone)}</Caption1> {z.top.map((t) => r.place(t.rank, t.unit, t.total.toFixed(dec))).join(r.placeGap)}
          </li>
        ))}
      </ul>
    </section>
  );
}
