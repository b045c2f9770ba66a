/**
 * @jest-environment jsdom
 *
 * The add-in manifest, checked offline against the schema's rules that matter for sideloading
 * (office-addin-manifest's validate needs the network): element order, required parts, resource
 * references, string lengths, en-US overrides, the ExcelApi set, icons, and the production rewrite.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RECALC_FUNCTION_NAME } from '../src/commands/name';
import { REQUIRED_EXCEL_API } from '../src/taskpane/requirements';

const root = path.resolve(__dirname, '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const app = doc.documentElement;

const OFFICE_APP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'AllowSnapshot', 'Dictionary', 'VersionOverrides',
];
const OFFICE_APP_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

const children = (el: Element) => Array.from(el.children);
const names = (el: Element) => children(el).map((c) => c.localName);
const child = (el: Element, name: string) => children(el).find((c) => c.localName === name);
const all = (name: string) => Array.from(doc.getElementsByTagNameNS('*', name));
const xsiType = (el: Element) => el.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type');

function expectOrder(el: Element, order: readonly string[]) {
  const seen = names(el);
  for (const n of seen) expect(order).toContain(n);
  const positions = seen.map((n) => order.indexOf(n));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

function pngSize(file: string): [number, number] {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  test('is well-formed XML for a task pane add-in on Excel workbooks', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(app.localName).toBe('OfficeApp');
    expect(app.namespaceURI).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(xsiType(app)).toBe('TaskPaneApp');
    expect(child(app, 'Id')?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(app, 'Version')?.textContent).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(child(app, 'Permissions')?.textContent).toBe('ReadWriteDocument');
    expect(children(child(app, 'Hosts')!).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
  });

  test('keeps the schema order of OfficeApp and its required elements', () => {
    expectOrder(app, OFFICE_APP_ORDER);
    for (const n of OFFICE_APP_REQUIRED) expect(names(app)).toContain(n);
  });

  test('is Chinese by default with English overrides', () => {
    expect(child(app, 'DefaultLocale')?.textContent).toBe('zh-CN');
    for (const n of ['DisplayName', 'Description']) {
      const el = child(app, n)!;
      expect(el.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/u);
      expect(child(el, 'Override')?.getAttribute('Locale')).toBe('en-US');
    }
    for (const s of all('String')) {
      expect(children(s).map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
    }
  });

  test('asks for ExcelApi 1.7, so Office 2019 (volume-licensed too) lists the add-in', () => {
    const sets = all('Set').filter((s) => s.parentElement?.parentElement?.parentElement === app);
    expect(sets.map((s) => s.getAttribute('MinVersion'))).toEqual(['1.7']);
    // No requirement in VersionOverrides either: there it would hide the ribbon buttons on hosts without it.
    const vo = child(app, 'VersionOverrides')!;
    expect(all('Set').filter((s) => vo.contains(s))).toEqual([]);
  });

  test('asks for the ExcelApi set the code checks for', () => {
    const sets = all('Set').filter((s) => s.parentElement?.parentElement?.parentElement === app);
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', REQUIRED_EXCEL_API]]);
  });

  test('puts a 考评助手 group on the Home tab with 一键计算 and 打开考评助手', () => {
    const vo = child(app, 'VersionOverrides')!;
    expect(xsiType(vo)).toBe('VersionOverridesV1_0');
    expectOrder(vo, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins']);
    const host = child(child(vo, 'Hosts')!, 'Host')!;
    expect(xsiType(host)).toBe('Workbook');
    const desktop = child(host, 'DesktopFormFactor')!;
    expect(names(desktop)).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expect(names(child(desktop, 'GetStarted')!)).toEqual(['Title', 'Description', 'LearnMoreUrl']);
    const point = child(desktop, 'ExtensionPoint')!;
    expect(xsiType(point)).toBe('PrimaryCommandSurface');
    const tab = child(point, 'OfficeTab')!;
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = child(tab, 'Group')!;
    expect(names(group)).toEqual(['Label', 'Icon', 'Control', 'Control']);
    const controls = children(group).filter((c) => c.localName === 'Control');
    for (const c of controls) {
      expect(xsiType(c)).toBe('Button');
      expect(names(c)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    }
    const [recalc, open] = controls.map((c) => child(c, 'Action')!);
    expect(xsiType(recalc)).toBe('ExecuteFunction');
    expect(child(recalc, 'FunctionName')?.textContent).toBe(RECALC_FUNCTION_NAME);
    expect(xsiType(open)).toBe('ShowTaskpane');
    expect(names(open)).toEqual(['TaskpaneId', 'SourceLocation']);
    const label = (c: Element) => resource('ShortStrings', child(c, 'Label')!.getAttribute('resid')!).getAttribute('DefaultValue');
    expect(label(group)).toBe('考评助手');
    expect(controls.map(label)).toEqual(['一键计算', '打开考评助手']);
  });

  function resource(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings', id: string): Element {
    const holder = all(kind)[0];
    const found = children(holder).find((r) => r.getAttribute('id') === id);
    if (!found) throw new Error(`no ${kind} resource "${id}"`);
    return found;
  }

  test('resolves every resid to a resource of the right kind, within the length limits', () => {
    const kindOf: Record<string, 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'> = {
      Image: 'Images', FunctionFile: 'Urls', SourceLocation: 'Urls', LearnMoreUrl: 'Urls', Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
    };
    const refs = Array.from(doc.querySelectorAll('[resid]'));
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const id = ref.getAttribute('resid')!;
      expect(id.length).toBeLessThanOrEqual(32);
      expect(kindOf[ref.localName]).toBeDefined();
      resource(kindOf[ref.localName], id);
    }
    const ids = ['Images', 'Urls', 'ShortStrings', 'LongStrings'].flatMap((k) => children(all(k)[0]).map((r) => r.getAttribute('id')));
    expect(new Set(ids).size).toBe(ids.length);
    const limit = (kind: string, max: number) =>
      children(all(kind)[0]).flatMap((s) => [s.getAttribute('DefaultValue')!, ...children(s).map((o) => o.getAttribute('Value')!)]).forEach((v) => expect(v.length).toBeLessThanOrEqual(max));
    limit('ShortStrings', 125);
    limit('LongStrings', 250);
  });

  test('points every URL at the dev server, at files the build produces', () => {
    const urls = Array.from(doc.querySelectorAll('[DefaultValue]'))
      .map((e) => e.getAttribute('DefaultValue')!)
      .filter((v) => v.startsWith('http'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://localhost:3000/')).toBe(true);
    const files = new Set(urls.map((u) => new URL(u).pathname.slice(1)));
    for (const f of files) {
      if (f.startsWith('assets/')) {
        const size = Number(/icon-(\d+)\.png$/.exec(f)?.[1]);
        expect(pngSize(path.join(root, f))).toEqual([size, size]);
      } else expect(['taskpane.html', 'commands.html', 'help.html']).toContain(f);
    }
    const sizes = all('Image').filter((i) => i.hasAttribute('size')).map((i) => i.getAttribute('size'));
    expect(new Set(sizes)).toEqual(new Set(['16', '32', '80']));
  });

  test('moves to the production base URL in the build', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rewriteManifest, baseUrl } = require('../webpack.config.js') as {
      rewriteManifest: (xml: string, base: string) => string;
      baseUrl: (env: Record<string, string | undefined>) => string;
    };
    const base = baseUrl({ KAOPING_BASE_URL: 'https://kaoping.example.cn/addin/' });
    expect(base).toBe('https://kaoping.example.cn/addin');
    const out = rewriteManifest(xml, base);
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://kaoping.example.cn/addin/taskpane.html"/>');
    expect(out).toContain('<AppDomain>https://kaoping.example.cn</AppDomain>');
    expect(() => baseUrl({ KAOPING_BASE_URL: 'http://kaoping.example.cn' })).toThrow(/https/);
    expect(baseUrl({})).toBe('https://localhost:3000');
  });
});
