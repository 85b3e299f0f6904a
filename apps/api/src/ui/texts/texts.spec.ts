import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BODY_KINDS,
  DECISION_STATUSES,
  FLAGS,
  REPORT_REJECTION_CODES,
  REPORTING_RULES,
  WITHDRAW_REJECTION_CODES,
} from '@delegationsbeslut/domain';
import { ROLES } from '../../config/app-config';
import {
  BODY_KIND_TEXTS,
  ERROR_CODE_TEXTS,
  FLAG_TEXTS,
  REPORT_REJECTION_TEXTS,
  REPORTING_RULE_TEXTS,
  ROLE_TEXTS,
  STATUS_CODE_TEXTS,
  STATUS_TEXTS,
  WITHDRAW_REJECTION_TEXTS,
  errorText,
  rejectionText,
} from '.';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const source = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The codes the API can answer, read from where they are defined, so a new one cannot be missed. */
function apiErrorCodes(): string[] {
  // every DomainError of the domain and of the app (e.g. the read side's INVALID_CURSOR)
  const errorFiles = [
    'libs/domain/src/shared/domain-errors.ts',
    ...sourceFiles('apps/api/src').filter((file) => file.endsWith('.errors.ts')),
  ];
  const filter = source('apps/api/src/application/api-error.ts');
  const codes = [
    ...errorFiles.flatMap((file) => [
      ...source(file).matchAll(
        /super\(\s*'(?:invalid|forbidden|not-found|conflict|rule)',\s*'([A-Z_]+)'/g,
      ),
    ]),
    ...filter.matchAll(/code: '([A-Z_]+)'/g),
  ].map((m) => m[1]);
  return [...new Set(codes)];
}

/** Every TypeScript file below a folder, relative to the repository. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

function apiStatusCodes(): number[] {
  const filter = source('apps/api/src/application/api-error.ts');
  return [...filter.matchAll(/^\s+(\d{3}): '/gm)].map((m) => Number(m[1]));
}

const hasText = (text: string | undefined): boolean =>
  typeof text === 'string' && text.trim() !== '';

describe('Swedish texts', () => {
  it.each(FLAGS)('flag %s has a title, a meaning, a rule and a law', (flag) => {
    const text = FLAG_TEXTS[flag];
    expect([text.title, text.meaning, text.rule, text.law].every(hasText)).toBe(true);
    expect(text.law).toMatch(/kap\. \d+/);
  });

  it.each(DECISION_STATUSES)('status %s has a text', (status) => {
    expect(hasText(STATUS_TEXTS[status])).toBe(true);
  });

  it.each(REPORTING_RULES)('reporting rule %s has a text', (rule) => {
    expect(hasText(REPORTING_RULE_TEXTS[rule])).toBe(true);
  });

  it.each(BODY_KINDS)('body kind %s has a text', (kind) => {
    expect(hasText(BODY_KIND_TEXTS[kind])).toBe(true);
  });

  it.each(ROLES)('role %s has a text', (role) => {
    expect(hasText(ROLE_TEXTS[role])).toBe(true);
  });

  it.each(REPORT_REJECTION_CODES)('report rejection %s has a text', (code) => {
    expect(hasText(REPORT_REJECTION_TEXTS[code])).toBe(true);
  });

  it('finds the error codes in the source (the reader of the source still works)', () => {
    expect(apiErrorCodes()).toEqual(
      expect.arrayContaining(['BOARD_NOT_FOUND', 'CONCURRENT_CHANGE', 'STORED_NOT_VISIBLE_YET']),
    );
    expect(apiStatusCodes()).toEqual(expect.arrayContaining([400, 401, 403, 404, 500, 503]));
  });

  it.each(apiErrorCodes())('error code %s has a text', (code) => {
    expect(hasText(ERROR_CODE_TEXTS[code])).toBe(true);
  });

  it.each(apiStatusCodes())('status code %d has a text', (status) => {
    expect(hasText(STATUS_CODE_TEXTS[status])).toBe(true);
  });

  it('gives the code text first, then the status text', () => {
    expect(errorText({ statusCode: 404, code: 'MEETING_NOT_FOUND' })).toBe(
      'Sammanträdet finns inte.',
    );
    expect(errorText({ statusCode: 403 })).toBe('Du har inte behörighet till detta.');
    expect(errorText({ statusCode: 418 })).toBe(STATUS_CODE_TEXTS[500]);
  });

  it.each(WITHDRAW_REJECTION_CODES)('withdraw rejection %s has a text', (code) => {
    expect(hasText(WITHDRAW_REJECTION_TEXTS[code])).toBe(true);
  });

  it('gives a rejection its text by the code before the colon', () => {
    expect(rejectionText('LATER_STEP_REPORTED: decision d was reported on at x')).toBe(
      WITHDRAW_REJECTION_TEXTS.LATER_STEP_REPORTED,
    );
    expect(rejectionText('WRONG_BODY: …')).toBe('Beslutet ska anmälas till ett annat organ.');
  });
});
