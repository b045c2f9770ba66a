import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../engine/types';
import { Pane } from './components/Pane';
import type { KaopingOps } from './ops';
import { OpsProvider } from './OpsContext';

/** The task pane: Fluent theme, the workbook operations, and the pane itself. */
export function App({ ops, initialLang }: { ops: KaopingOps; initialLang: Lang }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <OpsProvider ops={ops}>
        <Pane initialLang={initialLang} />
      </OpsProvider>
    </FluentProvider>
  );
}
