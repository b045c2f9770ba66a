import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { Role, RoleChoice, RoleOverrides } from '../../engine/types';
import type { Strings } from '../strings';

const AUTO = '\u0000auto';
const NONE = '\u0000none';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface RolesPanelProps {
  s: Strings;
  roles: readonly RoleChoice[];
  overrides: RoleOverrides;
  disabled: boolean;
  onChoose: (role: Role, sheet: string | null | undefined) => void;
}

export function RolesPanel({ s, roles, overrides, disabled, onChoose }: RolesPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {roles.map((choice) => (
        <RolePicker
          key={choice.role}
          s={s}
          choice={choice}
          chosen={overrides[choice.role]}
          disabled={disabled}
          onChoose={(sheet) => onChoose(choice.role, sheet)}
        />
      ))}
    </div>
  );
}

interface RolePickerProps {
  s: Strings;
  choice: RoleChoice;
  chosen: string | null | undefined;
  disabled: boolean;
  onChoose: (sheet: string | null | undefined) => void;
}

/** One role: the sheet detection found (or the clerk chose), and the other sheets to pick from. */
function RolePicker({ s, choice, chosen, disabled, onChoose }: RolePickerProps) {
  const found = choice.sheets.length > 0 ? s.list(choice.sheets) : s.how.none;
  const value = chosen === undefined ? AUTO : chosen === null ? NONE : chosen;
  const candidates = chosen && !choice.candidates.includes(chosen) ? [chosen, ...choice.candidates] : choice.candidates;
  return (
    <Field label={s.roles[choice.role]} orientation="horizontal" size="small">
      <Select
        size="small"
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChoose(data.value === AUTO ? undefined : data.value === NONE ? null : data.value)}
      >
        <option value={AUTO}>{chosen === undefined ? s.autoFound(found, choice.how === 'none' ? undefined : s.how[choice.how]) : s.auto}</option>
        {candidates.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value={NONE}>{s.noSheet}</option>
      </Select>
    </Field>
  );
}
