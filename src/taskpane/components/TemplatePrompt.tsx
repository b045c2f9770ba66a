import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons';
import type { Strings } from '../strings';
import type { ResultStrings } from '../strings-results';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  heading: { margin: 0 },
  button: { alignSelf: 'stretch' },
});

/** Shown when no rubric sheet was found: inserting the template is then the main action. */
export function TemplatePrompt({ s, r, disabled, onInsert }: { s: Strings; r: ResultStrings; disabled: boolean; onInsert: () => void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="kaoping-template">
      <Subtitle2 as="h2" id="kaoping-template" className={styles.heading}>
        {s.noRubricTitle}
      </Subtitle2>
      <Body1>{r.blankWorkbook}</Body1>
      <Body1>{s.noRubricBody}</Body1>
      <Button className={styles.button} appearance="primary" size="large" icon={<DocumentAddRegular />} disabled={disabled} onClick={onInsert}>
        {s.insertTemplate}
      </Button>
    </section>
  );
}
