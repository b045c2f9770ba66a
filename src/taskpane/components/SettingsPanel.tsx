import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang, RankingStyle, Settings } from '../../engine/types';
import type { SettingsEdit } from '../ops';
import type { Strings } from '../strings';
import type { ResultStrings } from '../strings-results';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  numbers: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: tokens.spacingHorizontalS, minWidth: 0 },
  // Fluent's Input keeps a minimum width of its own; in a narrow pane it must shrink with its column.
  input: { width: '100%', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type NumberKey = 'topFlags' | 'bottomWarnings' | 'passLine' | 'decimals';

/** Each number's range and whether it must be whole (contract section 3). */
export const NUMBER_FIELDS: ReadonlyArray<{ key: NumberKey; min: number; max?: number; whole: boolean }> = [
  { key: 'topFlags', min: 0, whole: true },
  { key: 'bottomWarnings', min: 0, whole: true },
  { key: 'passLine', min: 0, whole: false },
  { key: 'decimals', min: 0, max: 6, whole: true },
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

/** What is wrong with a typed value, or '' when it is usable (full-width digits are accepted). */
export function checkNumber(text: string, field: (typeof NUMBER_FIELDS)[number], r: ResultStrings): string {
  const t = text.normalize('NFKC').trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return r.notNumber;
  const n = Number(t);
  if (n < field.min || (field.max !== undefined && n > field.max)) return r.outOfRange(field.min, field.max);
  if (field.whole && !Number.isInteger(n)) return r.wholeNumber;
  return '';
}

export interface SettingsPanelProps {
  s: Strings;
  r: ResultStrings;
  settings: Settings;
  /** 结果语言 as the settings sheet has it; '' when not set. */
  resultLang: '' | Lang;
  disabled: boolean;
  onSave: (changes: Partial<SettingsEdit>, recalculate: boolean) => void;
}

/**
 * Edits the settings sheet's 排名方式, 红旗名额, 预警名额, 合格线 and 小数位, each checked as it is typed
 * (nothing is saved while a field is wrong); decimals are kept as typed. Mount with a key per check.
 */
export function SettingsPanel({ s, r, settings, resultLang, disabled, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const initial: SettingsEdit = { ...editFromSettings(settings), resultLang };
  const [ranking, setRanking] = useState<RankingStyle>(initial.ranking);
  const [language, setLanguage] = useState<'' | Lang>(resultLang);
  const [texts, setTexts] = useState<Record<NumberKey, string>>({
    topFlags: String(initial.topFlags),
    bottomWarnings: String(initial.bottomWarnings),
    passLine: String(initial.passLine),
    decimals: String(initial.decimals),
  });
  const problems = Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, checkNumber(texts[f.key], f, r)])) as Record<NumberKey, string>;
  const valid = NUMBER_FIELDS.every((f) => problems[f.key] === '');
  const edit = (): SettingsEdit => ({
    ranking,
    resultLang: language,
    topFlags: Number(texts.topFlags.normalize('NFKC')),
    bottomWarnings: Number(texts.bottomWarnings.normalize('NFKC')),
    passLine: Number(texts.passLine.normalize('NFKC')),
    decimals: Number(texts.decimals.normalize('NFKC')),
  });
  const save = (recalculate: boolean) => {
    if (valid) onSave(changedSettings(initial, edit()), recalculate);
  };
  return (
    <form
      className={styles.root}
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        save(false);
      }}
    >
      <Field label={s.ranking}>
        <RadioGroup value={ranking} disabled={disabled} onChange={(_, data) => setRanking(data.value as RankingStyle)}>
          <Radio value="standard" label={s.rankingStyles.standard} />
          <Radio value="dense" label={s.rankingStyles.dense} />
        </RadioGroup>
      </Field>
      <div className={styles.numbers}>
        {NUMBER_FIELDS.map((f) => (
          <Field key={f.key} label={s[f.key]} validationState={problems[f.key] ? 'error' : 'none'} validationMessage={problems[f.key] || undefined}>
            <Input
              className={styles.input}
              value={texts[f.key]}
              inputMode={f.whole ? 'numeric' : 'decimal'}
              disabled={disabled}
              onChange={(_, data) => setTexts((t) => ({ ...t, [f.key]: data.value }))}
            />
          </Field>
        ))}
      </div>
      <Field label={r.resultLang}>
        <Select value={language} disabled={disabled} onChange={(_, data) => setLanguage(data.value as '' | Lang)}>
          <option value="">{r.resultLangs.auto}</option>
          <option value="zh">{r.resultLangs.zh}</option>
          <option value="en">{r.resultLangs.en}</option>
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled || !valid} onClick={() => save(true)}>
          {r.saveAndRecalc}
        </Button>
        <Button type="submit" disabled={disabled || !valid}>
          {s.saveSettings}
        </Button>
      </div>
    </form>
  );
}
