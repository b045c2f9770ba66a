import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ResultStrings } from '../strings-results';

const useStyles = makeStyles({
  // The buttons wrap under the text at 320 px rather than push the pane sideways.
  bar: { minWidth: 0, flexWrap: 'wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, minWidth: 0 },
});

export interface EditedChoiceProps {
  r: ResultStrings;
  edited: ReadonlyArray<{ readonly sheet: string; readonly beside: string }>;
  confirming: boolean;
  disabled: boolean;
  onKeep: () => void;
  onAskReplace: () => void;
  onCancelReplace: () => void;
  onReplace: () => void;
}

/**
 * After a run that met result sheets the clerk edited by hand: the results went beside them, and the
 * clerk chooses to keep it so, or to replace the edited sheets, which asks first, naming what is lost.
 */
export function EditedChoice({ r, edited, confirming, disabled, onKeep, onAskReplace, onCancelReplace, onReplace }: EditedChoiceProps) {
  const styles = useStyles();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(confirming);
  // Into the confirmation on its safe button; back out of it onto the button that opened it.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) replaceRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const sheets = edited.map((e) => e.sheet);
  return (
    <MessageBar className={styles.bar} intent="warning" layout="multiline" role="group" aria-label={r.editedLabel}>
      <MessageBarBody>{confirming ? r.confirmReplace(sheets) : r.editedBeside(edited)}</MessageBarBody>
      <MessageBarActions className={styles.actions}>
        {confirming ? (
          <>
            <Button disabled={disabled} onClick={onReplace}>
              {r.confirmReplaceYes}
            </Button>
            <Button ref={cancelRef} disabled={disabled} onClick={onCancelReplace}>
              {r.cancel}
            </Button>
          </>
        ) : (
          <>
            <Button disabled={disabled} onClick={onKeep}>
              {r.keepEdited}
            </Button>
            <Button ref={replaceRef} disabled={disabled} onClick={onAskReplace}>
              {r.replaceEdited}
            </Button>
          </>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
