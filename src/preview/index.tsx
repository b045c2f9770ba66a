/** The preview page's entry: the in-memory Excel with a sample, and the page around the task pane. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { SAMPLES } from '../../seeds';
import { isHostId, PROFILES } from '../workbook/fake-excel';
import { BLANK, PreviewHost } from './host';
import { PreviewApp } from './PreviewApp';

async function start(): Promise<void> {
  const host = new PreviewHost();
  window.kaopingPreview = host;
  const params = new URLSearchParams(location.search);
  const wanted = params.get('sample');
  const key = wanted === BLANK || SAMPLES.some((s) => s.key === wanted) ? wanted! : SAMPLES[0].key;
  if (params.get('lang') === 'en') host.displayLanguage = 'en-US';
  const profile = params.get('host') ?? 'web';
  if (isHostId(profile)) host.profile = PROFILES[profile];
  await host.loadSample(key);
  const root = document.getElementById('root');
  if (!root) throw new Error('preview.html has no #root');
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp host={host} />
    </FluentProvider>,
  );
}

start().catch((error: unknown) => {
  console.error(error);
  document.body.textContent = `预览无法启动 / The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
});
