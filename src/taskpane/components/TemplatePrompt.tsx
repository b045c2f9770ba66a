import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Strings } from '../strings';

/** Shown when no rubric sheet was found: offers to insert the template sheets. */
export function TemplatePrompt({ s, disabled, onInsert }: { s: Strings; disabled: boolean; onInsert: () => void }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.noRubricTitle}</MessageBarTitle>
        {s.noRubricBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={disabled} onClick={onInsert}>
          {s.insertTemplate}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
