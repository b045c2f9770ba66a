import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Lang } from '../../engine/types';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  link: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  where: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  whereStatic: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

/** Where a finding is, as the clerk reads it: 扣分记录!E7, a sheet, or the workbook. */
export function findingPlace(f: Finding, s: Strings): string {
  if (!f.sheet) return s.wholeWorkbook;
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
}

export function FindingItem({ s, lang, finding, onGoTo }: { s: Strings; lang: Lang; finding: Finding; onGoTo: (f: Finding) => void }) {
  const styles = useStyles();
  const place = findingPlace(finding, s);
  const message = finding.message[lang];
  if (!finding.sheet) {
    return (
      <div className={styles.item}>
        <span className={styles.whereStatic}>{place}</span>
        <span>{message}</span>
      </div>
    );
  }
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.link)}
      title={s.goTo(place)}
      onClick={() => onGoTo(finding)}
    >
      <span className={styles.where}>{place}</span>
      <span>{message}</span>
    </button>
  );
}
