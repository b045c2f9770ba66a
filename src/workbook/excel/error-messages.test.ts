/** Every error code Excel's JavaScript API declares reaches the clerk as a clear Chinese and English message. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FakeOfficeError } from '../fake-excel';
import { OFFICE_MESSAGES } from './error-messages';
import { classify, ExcelHostError } from './errors';

const DTS = fs.readFileSync(path.join(__dirname, '../../../node_modules/@types/office-js/index.d.ts'), 'utf8');

/** The string values of `enum ErrorCodes` in the Excel namespace and the static members of OfficeExtension.ErrorCodes. */
function declaredCodes(): string[] {
  const excel = DTS.slice(DTS.indexOf('declare namespace Excel {'));
  const enumBody = /enum ErrorCodes \{([\s\S]*?)\n\s*\}/.exec(excel)?.[1] ?? '';
  const fromEnum = [...enumBody.matchAll(/= "([A-Za-z]+)"/g)].map((m) => m[1]);
  const ext = /class ErrorCodes \{([\s\S]*?)\n\s*\}/.exec(DTS)?.[1] ?? '';
  const fromClass = [...ext.matchAll(/static ([a-zA-Z]+): string;/g)].map((m) => m[1][0].toUpperCase() + m[1].slice(1));
  return [...new Set([...fromEnum, ...fromClass])];
}

test('the declarations list the codes the issue names, so the check below reads them', () => {
  const codes = declaredCodes();
  for (const c of ['InvalidRequestContext', 'ActivityLimitReached', 'InactiveWorkbook', 'ItemAlreadyExists', 'InvalidOperation', 'AccessDenied']) expect(codes).toContain(c);
  expect(codes.length).toBeGreaterThan(40);
});

test.each([...declaredCodes(), 'Timeout'])('%s has its own message in both languages, not Excel’s text', (code) => {
  const known = OFFICE_MESSAGES[code];
  expect(known).toBeDefined();
  const e = classify(new FakeOfficeError(code, 'internal text the clerk should not see', 'RequestContext.sync'));
  expect(e).toBeInstanceOf(ExcelHostError);
  const text = (e as ExcelHostError).text;
  expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(text.en).toMatch(/^[A-Z]/);
  expect(`${text.zh} ${text.en}`).not.toContain('internal text');
});

test('AccessDenied does not claim protection is the only cause', () => {
  const text = OFFICE_MESSAGES.AccessDenied;
  expect(text.zh).toContain('只读');
  expect(text.en).toContain('read-only');
});

test('a code newer than the list is named, and Excel’s own text is still not shown', () => {
  const e = classify(new FakeOfficeError('SomethingNew', 'internal text', 'x')) as ExcelHostError;
  expect(e.text.zh).toContain('SomethingNew');
  expect(e.text.en).not.toContain('internal text');
});
