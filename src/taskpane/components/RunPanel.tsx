import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { ArrowSyncRegular, CalculatorRegular } from '@fluentui/react-icons';
import type { Stage } from '../ops';
import type { Busy, ProgressState } from '../hooks/useKaoping';
import type { Strings } from '../strings';
import type { ResultStrings } from '../strings-results';

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  calculate: { flexGrow: 1, minWidth: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const CALCULATE_STAGES: readonly Stage[] = ['reading', 'checking', 'scoring', 'writing'];
const CHECK_STAGES: readonly Stage[] = ['reading', 'checking', 'scoring'];

/** How far the whole operation is, from 0 to 1: each stage is an equal share. */
export function overall(busy: Busy, p: ProgressState | null): number | undefined {
  if (!p) return undefined;
  const stages = busy === 'calculating' ? CALCULATE_STAGES : CHECK_STAGES;
  const index = stages.indexOf(p.stage);
  if (index < 0) return undefined;
  const within = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  return (index + within) / stages.length;
}

export interface RunPanelProps {
  s: Strings;
  r: ResultStrings;
  busy: Busy | null;
  progress: ProgressState | null;
  /** A cell is being edited and the operation waits for it. */
  waiting: boolean;
  /** False on a workbook without a rubric, where inserting the template is the main action. */
  primary: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  onCalculate: () => void;
  onRecheck: () => void;
  onCancel: () => void;
}

export function RunPanel({ s, r, busy, progress, waiting, primary, buttonRef, onCalculate, onRecheck, onCancel }: RunPanelProps) {
  const styles = useStyles();
  const label = busy === 'calculating' ? s.calculating : s.checking;
  const stage = progress ? `${s.stages[progress.stage]} ${progress.total > 0 ? `${progress.done}/${progress.total}` : ''}` : '';
  return (
    <section className={styles.root} aria-label={s.calculate}>
      <div className={styles.buttons}>
        <Button
          ref={buttonRef}
          className={styles.calculate}
          appearance={primary ? 'primary' : 'secondary'}
          size="large"
          icon={<CalculatorRegular />}
          disabled={busy !== null}
          onClick={onCalculate}
        >
          {busy === 'calculating' ? s.calculating : s.calculate}
        </Button>
        <Button size="large" icon={<ArrowSyncRegular />} disabled={busy !== null} onClick={onRecheck}>
          {s.recheck}
        </Button>
      </div>
      {waiting && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{r.waitingEdit}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onCancel}>{r.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {busy !== null && (
        <Field label={label} hint={<span role="status">{stage.trim()}</span>}>
          <ProgressBar value={overall(busy, progress)} max={1} aria-label={`${s.progressLabel}: ${label}`} />
        </Field>
      )}
    </section>
  );
}
