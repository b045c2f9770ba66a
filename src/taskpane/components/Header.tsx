import { Button, Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { TranslateRegular } from '@fluentui/react-icons';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column' },
  title: { margin: 0 },
  language: { flexShrink: 0, whiteSpace: 'nowrap' },
});

export function Header({ s, onSwitchLanguage }: { s: Strings; onSwitchLanguage: () => void }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.text}>
        <Title3 as="h1" className={styles.title}>
          {s.title}
        </Title3>
        <Caption1>{s.subtitle}</Caption1>
      </div>
      <Button
        className={styles.language}
        appearance="subtle"
        size="small"
        icon={<TranslateRegular />}
        aria-label={s.switchLanguageLabel}
        onClick={onSwitchLanguage}
      >
        {s.switchLanguage}
      </Button>
    </header>
  );
}
