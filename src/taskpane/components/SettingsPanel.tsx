import { Button, Field, makeStyles, Radio, RadioGroup, SpinButton, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RankingStyle, Settings } from '../../engine/types';
import type { SettingsEdit } from '../ops';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  numbers: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  save: { alignSelf: 'flex-start' },
});

type NumberKey = Exclude<keyof SettingsEdit, 'ranking'>;

const NUMBER_FIELDS: ReadonlyArray<{ key: NumberKey; min: number; max?: number; step: number }> = [
  { key: 'topFlags', min: 0, step: 1 },
  { key: 'bottomWarnings', min: 0, step: 1 },
  { key: 'passLine', min: 0, step: 1 },
  { key: 'decimals', min: 0, max: 6, step: 1 },
];

export function editFromSettings(settings: Settings): SettingsEdit {
  const { ranking, topFlags, bottomWarnings, passLine, decimals } = settings;
  return { ranking, topFlags, bottomWarnings, passLine, decimals };
}

/** The fields that differ from what the workbook holds now. */
export function changedSettings(before: SettingsEdit, after: SettingsEdit): Partial<SettingsEdit> {
  const out: Partial<Record<keyof SettingsEdit, unknown>> = {};
  for (const key of Object.keys(after) as Array<keyof SettingsEdit>) {
    if (after[key] !== before[key]) out[key] = after[key];
  }
  return out as Partial<SettingsEdit>;
}

export interface SettingsPanelProps {
  s: Strings;
  settings: Settings;
  disabled: boolean;
  onSave: (changes: Partial<SettingsEdit>) => void;
}

/** Edits the settings sheet's 排名方式, 红旗名额, 预警名额, 合格线 and 小数位. Mount with a key per check. */
export function SettingsPanel({ s, settings, disabled, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const initial = editFromSettings(settings);
  const [edit, setEdit] = useState<SettingsEdit>(initial);
  const setNumber = (key: NumberKey, value: number | null | undefined, display: string | undefined) => {
    const n = value ?? (display !== undefined ? Number(display) : NaN);
    if (Number.isFinite(n)) setEdit((e) => ({ ...e, [key]: n }));
  };
  return (
    <form
      className={styles.root}
      onSubmit={(ev) => {
        ev.preventDefault();
        onSave(changedSettings(initial, edit));
      }}
    >
      <Field label={s.ranking}>
        <RadioGroup
          value={edit.ranking}
          disabled={disabled}
          onChange={(_, data) => setEdit((e) => ({ ...e, ranking: data.value as RankingStyle }))}
        >
          <Radio value="standard" label={s.rankingStyles.standard} />
          <Radio value="dense" label={s.rankingStyles.dense} />
        </RadioGroup>
      </Field>
      <div className={styles.numbers}>
        {NUMBER_FIELDS.map(({ key, min, max, step }) => (
          <Field key={key} label={s[key]}>
            <SpinButton
              value={edit[key]}
              min={min}
              max={max}
              step={step}
              disabled={disabled}
              onChange={(_, data) => setNumber(key, data.value, data.displayValue)}
            />
          </Field>
        ))}
      </div>
      <Button className={styles.save} type="submit" disabled={disabled}>
        {s.saveSettings}
      </Button>
    </form>
  );
}
