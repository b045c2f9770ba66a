import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../engine/types';
import { useKaoping } from '../hooks/useKaoping';
import { STRINGS } from '../strings';
import { FindingsPanel } from './FindingsPanel';
import { Header } from './Header';
import { NoticeBar } from './NoticeBar';
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
    minWidth: '260px',
  },
  heading: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function Pane({ initialLang }: { initialLang: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [state, actions] = useKaoping(lang);
  const s = STRINGS[lang];
  const { assessment, busy } = state;
  const rubric = assessment?.roles.find((r) => r.role === 'rubric');
  const noRubric = assessment !== null && (!rubric || rubric.sheets.length === 0);
  return (
    <main className={styles.root} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <Header s={s} onSwitchLanguage={() => setLang(lang === 'zh' ? 'en' : 'zh')} />
      {state.notice && <NoticeBar notice={state.notice} s={s} lang={lang} onDismiss={actions.dismissNotice} />}
      {noRubric && <TemplatePrompt s={s} disabled={busy !== null} onInsert={actions.insertTemplate} />}
      <RunPanel s={s} busy={busy} progress={state.progress} onCalculate={actions.calculate} onRecheck={actions.recheck} />
      {assessment && (
        <>
          <Summary s={s} assessment={assessment} findings={state.findings} last={state.last} />
          {!assessment.scored && !noRubric && (
            <MessageBar intent="error">
              <MessageBarBody>{s.notScored}</MessageBarBody>
            </MessageBar>
          )}
          <Divider />
          <section aria-labelledby="kaoping-findings" className={styles.section}>
            <Subtitle2 as="h2" id="kaoping-findings" className={styles.heading}>
              {s.findingsTitle}
            </Subtitle2>
            <FindingsPanel s={s} lang={lang} findings={state.findings} onGoTo={actions.goTo} />
          </section>
          <Divider />
          <Accordion multiple collapsible defaultOpenItems={['roles']}>
            <AccordionItem value="roles">
              <AccordionHeader as="h2">{s.rolesTitle}</AccordionHeader>
              <AccordionPanel>
                <RolesPanel
                  s={s}
                  roles={assessment.roles}
                  overrides={state.overrides}
                  disabled={busy !== null}
                  onChoose={actions.chooseSheet}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="settings">
              <AccordionHeader as="h2">{s.settingsTitle}</AccordionHeader>
              <AccordionPanel>
                <SettingsPanel
                  key={settingsKey(assessment.settings)}
                  s={s}
                  settings={assessment.settings}
                  disabled={busy !== null}
                  onSave={actions.saveSettings}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </main>
  );
}

/** Remounts the settings form whenever the workbook's settings change under it. */
function settingsKey(x: { ranking: string; topFlags: number; bottomWarnings: number; passLine: number; decimals: number }) {
  return [x.ranking, x.topFlags, x.bottomWarnings, x.passLine, x.decimals].join('|');
}
