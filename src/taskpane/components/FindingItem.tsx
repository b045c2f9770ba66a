import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Lang } from '../../engine/types';
import { concernsOf } from '../results';
import type { Strings } from '../strings';
import type { ResultStrings } from '../strings-results';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    minWidth: 0,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  link: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  where: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  whereStatic: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  concerns: { color: tokens.colorNeutralForeground2 },
});

/** Where a finding is, as the clerk reads it: 扣分记录!E7, a sheet, or the workbook. */
export function findingPlace(f: Finding, s: Strings): string {
  if (!f.sheet) return s.wholeWorkbook;
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
}

export interface FindingItemProps {
  s: Strings;
  r: ResultStrings;
  lang: Lang;
  finding: Finding;
  onGoTo: (f: Finding) => void;
  /** 0 for the list's one Tab stop, -1 for the others (the arrow keys reach them). */
  tabIndex: number;
  onFocus: () => void;
}

export function FindingItem({ s, r, lang, finding, onGoTo, tabIndex, onFocus }: FindingItemProps) {
  const styles = useStyles();
  const place = findingPlace(finding, s);
  const { unit, item } = concernsOf(finding);
  const concerns = unit || item ? r.concerns(unit, item) : '';
  const body = (
    <>
      <span className={finding.sheet ? styles.where : styles.whereStatic}>{place}</span>
      {concerns && <span className={styles.concerns}>{concerns}</span>}
      <span>{finding.message[lang]}</span>
    </>
  );
  if (!finding.sheet) {
    return (
      <div className={styles.item} data-finding tabIndex={tabIndex} onFocus={onFocus}>
        {body}
      </div>
    );
  }
  return (
    <button
      type="button"
      data-finding
      tabIndex={tabIndex}
      onFocus={onFocus}
      className={mergeClasses(styles.item, styles.link)}
      title={s.goTo(place)}
      onClick={() => onGoTo(finding)}
    >
      {body}
    </button>
  );
}
