/**
 * The preview page: a ribbon-like bar (sample, Office language, 一键计算, 打开考评助手), the in-memory
 * workbook (grid and sheet tabs) and the task pane beside it, as Excel lays them out.
 */
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogBody,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { CalculatorRegular, PanelRightRegular } from '@fluentui/react-icons';
import { useState, useSyncExternalStore } from 'react';
import { SAMPLES } from '../../seeds';
import { RECALC_FUNCTION_NAME } from '../commands/name';
import { BLANK, type PreviewHost } from './host';
import { SheetGrid } from './SheetGrid';
import { SheetTabs } from './SheetTabs';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  ribbon: {
    display: 'flex',
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  group: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalL, borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  groupLabel: { alignSelf: 'center', color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  book: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  pane: { width: '360px', flexShrink: 0, border: 'none', borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  hidden: { display: 'none' },
  about: { padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXS}`, backgroundColor: tokens.colorNeutralBackground1 },
  dialogFrame: { width: '100%', height: '160px', border: 'none' },
});

export function PreviewApp({ host }: { host: PreviewHost }) {
  const styles = useStyles();
  useSyncExternalStore(
    (l) => host.subscribe(l),
    () => host.version,
  );
  const [paneOpen, setPaneOpen] = useState(true);
  const [reloads, setReloads] = useState(0);
  const [ribbonBusy, setRibbonBusy] = useState(false);
  const [ribbonError, setRibbonError] = useState<string | null>(null);
  const zh = host.displayLanguage.startsWith('zh');
  const shown = host.shownSheet();
  const sheet = shown ? host.fake.book.find(shown) : undefined;
  const sample = host.sample;

  const chooseSample = (key: string) => {
    host.loadSample(key).then(
      () => {
        const url = new URL(location.href);
        url.searchParams.set('sample', key);
        history.replaceState(null, '', url);
        setReloads((n) => n + 1);
      },
      (e: unknown) => setRibbonError(String(e)),
    );
  };
  const runRibbon = () => {
    setRibbonBusy(true);
    setRibbonError(null);
    host
      .invoke(RECALC_FUNCTION_NAME)
      .catch((e: unknown) => setRibbonError(e instanceof Error ? e.message : String(e)))
      .finally(() => setRibbonBusy(false));
  };

  return (
    <div className={styles.root}>
      <div className={styles.ribbon} role="toolbar" aria-label={zh ? '预览工具栏' : 'Preview toolbar'}>
        <Subtitle2>{zh ? '考评助手 · 浏览器预览' : 'Kaoping · browser preview'}</Subtitle2>
        <Field label={zh ? '示例工作簿' : 'Sample workbook'} size="small">
          <Select size="small" value={host.loaded} onChange={(_, d) => chooseSample(d.value)} data-testid="sample-picker">
            {SAMPLES.map((s) => (
              <option key={s.key} value={s.key}>
                {zh ? s.title.zh : s.title.en}
              </option>
            ))}
            <option value={BLANK}>{zh ? '空白工作簿（试试“插入模板”）' : 'Blank workbook (try Insert template)'}</option>
          </Select>
        </Field>
        <Field label={zh ? 'Office 显示语言' : 'Office language'} size="small">
          <Select
            size="small"
            value={host.displayLanguage}
            onChange={(_, d) => {
              host.displayLanguage = d.value;
              host.notify();
              setReloads((n) => n + 1);
            }}
          >
            <option value="zh-CN">中文 (zh-CN)</option>
            <option value="en-US">English (en-US)</option>
          </Select>
        </Field>
        <div className={styles.group} role="group" aria-label={zh ? '考评助手功能区' : 'Kaoping ribbon group'}>
          <Caption1 className={styles.groupLabel}>{zh ? '开始 › 考评助手' : 'Home › Kaoping'}</Caption1>
          <Button icon={<CalculatorRegular />} disabled={ribbonBusy || !host.hasAction(RECALC_FUNCTION_NAME)} onClick={runRibbon} data-testid="ribbon-recalc">
            {zh ? '一键计算' : 'Calculate'}
          </Button>
          <Button icon={<PanelRightRegular />} onClick={() => setPaneOpen(!paneOpen)} aria-pressed={paneOpen} data-testid="ribbon-open">
            {zh ? '打开考评助手' : 'Open Kaoping'}
          </Button>
        </div>
        {ribbonError && <Body1 role="alert">{ribbonError}</Body1>}
      </div>
      {sample && <Caption1 className={styles.about}>{zh ? sample.description.zh : sample.description.en}</Caption1>}
      <div className={styles.body}>
        <div className={styles.book}>
          {sheet ? <SheetGrid key={sheet.id} sheet={sheet} selection={host.view.selection} /> : <Body1>…</Body1>}
          <SheetTabs sheets={host.fake.book.sheets} shown={shown} onShow={(name) => host.activate(name)} />
        </div>
        <iframe
          key={`pane-${reloads}`}
          className={paneOpen ? styles.pane : styles.hidden}
          src="taskpane.html"
          title={zh ? '考评助手任务窗格' : 'Kaoping task pane'}
          data-testid="taskpane"
        />
      </div>
      <iframe className={styles.hidden} src="commands.html" title="commands" aria-hidden="true" tabIndex={-1} />
      <Dialog open={host.dialog !== null} onOpenChange={(_, d) => !d.open && host.closeDialog()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{zh ? '考评助手' : 'Kaoping'}</DialogTitle>
            {host.dialog && <iframe className={styles.dialogFrame} src={host.dialog.url} title={zh ? '消息' : 'Message'} />}
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
