import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Lang } from '../../engine/types';
import type { Notice } from '../hooks/useKaoping';
import type { Strings } from '../strings';

export function NoticeBar({ notice, s, lang, onDismiss }: { notice: Notice; s: Strings; lang: Lang; onDismiss: () => void }) {
  return (
    <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{notice.render(s, lang)}</MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
