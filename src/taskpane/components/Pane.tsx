import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { sheetKeyOverrides } from '../../engine/settings-extra';
import type { Lang } from '../../engine/types';
import { useKaoping } from '../hooks/useKaoping';
import { STRINGS } from '../strings';
import { RESULT_STRINGS } from '../strings-results';
import { EditedChoice } from './EditedChoice';
import { FindingsPanel } from './FindingsPanel';
import { Header } from './Header';
import { NoticeBar } from './NoticeBar';
import { ResultsSummary } from './ResultsSummary';
import { RolesPanel } from './RolesPanel';
import { RunPanel } from './RunPanel';
import { SettingsPanel } from './SettingsPanel';
import { Summary } from './Summary';
import { TemplatePrompt } from './TemplatePrompt';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  heading: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { flexWrap: 'wrap' },
  wrap: { minWidth: 0 },
});

type TabKey = 'run' | 'findings' | 'settings';

export function Pane({ initialLang }: { initialLang: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [state, actions] = useKaoping(lang);
  const [tab, setTab] = useState<TabKey>('run');
  const s = STRINGS[lang];
  const r = RESULT_STRINGS[lang];
  const { assessment, busy } = state;
  const rubric = assessment?.roles.find((x) => x.role === 'rubric');
  const noRubric = assessment !== null && (!rubric || rubric.sheets.length === 0);
  const calculateRef = useRef<HTMLButtonElement>(null);
  const wasBusy = useRef(busy);

  // Back on the button once a calculation ends, so the keyboard is where the clerk left it.
  useEffect(() => {
    if (wasBusy.current === 'calculating' && busy === null) calculateRef.current?.focus();
    wasBusy.current = busy;
  }, [busy]);

  // Escape closes the message (and the question about edited sheets); in the confirmation, it steps back.
  const { notice, confirmReplace } = state;
  const asking = state.edited.length > 0;
  const { dismissNotice, cancelReplace } = actions;
  useEffect(() => {
    if (!notice && !asking) return undefined;
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape') return;
      if (confirmReplace) cancelReplace();
      else dismissNotice();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [notice, asking, confirmReplace, dismissNotice, cancelReplace]);

  const findingCount = state.findings.length;
  return (
    <main className={styles.root} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header s={s} onSwitchLanguage={() => setLang(lang === 'zh' ? 'en' : 'zh')} />
      {noRubric && <TemplatePrompt s={s} r={r} disabled={busy !== null} onInsert={actions.insertTemplate} />}
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)} size="small">
        <Tab value="run">{r.tabs.run}</Tab>
        <Tab value="findings">{r.tabs.findings(findingCount)}</Tab>
        <Tab value="settings">{r.tabs.settings}</Tab>
      </TabList>
      {notice && <NoticeBar notice={notice} s={s} lang={lang} onDismiss={dismissNotice} />}
      {asking && (
        <EditedChoice
          r={r}
          edited={state.edited}
          confirming={confirmReplace}
          disabled={busy !== null}
          onKeep={actions.keepEdited}
          onAskReplace={actions.askReplace}
          onCancelReplace={cancelReplace}
          onReplace={actions.replaceEdited}
        />
      )}
      {state.stale && (
        <MessageBar intent="warning" layout="multiline" className={styles.wrap}>
          <MessageBarBody>{r.stale}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy !== null} onClick={actions.calculate}>
              {r.recalcNow}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {tab === 'run' && (
        <div role="tabpanel" aria-label={r.tabs.run} className={styles.section}>
          <RunPanel
            s={s}
            r={r}
            busy={busy}
            progress={state.progress}
            waiting={state.waiting}
            primary={!noRubric}
            buttonRef={calculateRef}
            onCalculate={actions.calculate}
            onRecheck={actions.recheck}
            onCancel={actions.cancel}
          />
          {assessment && <Summary s={s} assessment={assessment} findings={state.findings} last={state.last} />}
          {assessment && <ResultsSummary r={r} assessment={assessment} />}
        </div>
      )}
      {tab === 'findings' && (
        <div role="tabpanel" aria-label={r.tabs.findings(findingCount)} className={styles.section}>
          <Subtitle2 as="h2" className={styles.heading}>
            {s.findingsTitle}
          </Subtitle2>
          <FindingsPanel
            s={s}
            r={r}
            lang={lang}
            findings={state.findings}
            sheetOrder={assessment?.roles.flatMap((x) => x.candidates).filter((n, i, all) => all.indexOf(n) === i)}
            onGoTo={actions.goTo}
          />
        </div>
      )}
      {tab === 'settings' && assessment && (
        <div role="tabpanel" aria-label={r.tabs.settings} className={styles.section}>
          <Subtitle2 as="h2" className={styles.heading}>
            {s.rolesTitle}
          </Subtitle2>
          <RolesPanel
            s={s}
            roles={assessment.roles}
            overrides={{ ...(state.words ? sheetKeyOverrides(state.words) : {}), ...state.overrides }}
            disabled={busy !== null}
            onChoose={actions.chooseSheet}
          />
          <Subtitle2 as="h2" className={styles.heading}>
            {s.settingsTitle}
          </Subtitle2>
          <SettingsPanel
            key={settingsKey(assessment.settings, state.words?.resultLang ?? '')}
            s={s}
            r={r}
            settings={assessment.settings}
            resultLang={state.words?.resultLang ?? ''}
            disabled={busy !== null}
            onSave={actions.saveSettings}
          />
        </div>
      )}
    </main>
  );
}

/** Remounts the settings form whenever the workbook's settings change under it. */
function settingsKey(x: { ranking: string; topFlags: number; bottomWarnings: number; passLine: number; decimals: number }, lang: string) {
  return [x.ranking, x.topFlags, x.bottomWarnings, x.passLine, x.decimals, lang].join('|');
}
