/** The visible sheets as tabs under the grid, like Excel's; the active one is selected. */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { SheetModel } from '../workbook/fake-excel';

const useStyles = makeStyles({
  bar: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: 'auto',
    flexShrink: 0,
  },
});

export function SheetTabs({ sheets, shown, onShow }: { sheets: readonly SheetModel[]; shown: string | null; onShow: (name: string) => void }) {
  const styles = useStyles();
  const visible = sheets.filter((s) => s.visibility === 'Visible');
  return (
    <div className={styles.bar}>
      <TabList size="small" selectedValue={shown ?? undefined} onTabSelect={(_, d) => onShow(String(d.value))} aria-label="工作表 / Sheets">
        {visible.map((s) => (
          <Tab key={s.id} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
