import { REPORTING_RULES } from '@delegationsbeslut/domain';
import type { Body } from '@delegationsbeslut/domain';
import type { ValidationError } from 'class-validator';
import { toApiError } from '../../../application/api-error';
import { validated } from '../../../application/input/validation';
import { AdoptVersionDto } from '../../../delegation-order/adopt-version/adopt-version.request.dto';
import type { VersionSummary } from '../../../projections/delegation-order/delegation-order.queries';
import type { FieldError } from '../../components';
import { REPORTING_RULE_TEXTS, errorText } from '../../texts';
import { validationProblems } from '../validation-texts';
import { ITEM_FIELD_TEXTS } from './route-words';

export const DEFAULT_ROUTE_STEPS = 4;
export const ITEM_ROUTE_STEPS = 3;
export const EMPTY_ITEM_ROWS = 3;
const MAX_ROWS = 200;

export interface ItemRow {
  readonly code: string;
  readonly title: string;
  readonly legalBasis: string;
  /** comma-separated roles */
  readonly delegates: string;
  readonly reporting: string;
  /** one body id per step, '' for none */
  readonly route: readonly string[];
  readonly maxAmount: string;
}

/** The adopt form as filled in, to show again with its errors. */
export interface AdoptForm {
  readonly versionId: string;
  readonly effectiveFrom: string;
  readonly adoptedRef: string;
  readonly defaultRoute: readonly string[];
  readonly rows: readonly ItemRow[];
}

export const routeField = (step: number): string => `vag-${step}`;
export const itemField = (row: number, field: Exclude<keyof ItemRow, 'route'>): string =>
  `punkt-${row}-${field}`;
export const itemRouteField = (row: number, step: number): string => `punkt-${row}-vag-${step}`;

const emptyRow = (): ItemRow => ({
  code: '',
  title: '',
  legalBasis: '',
  delegates: '',
  reporting: 'report',
  route: Array.from({ length: ITEM_ROUTE_STEPS }, () => ''),
  maxAmount: '',
});

export function emptyAdoptForm(): AdoptForm {
  return {
    versionId: '',
    effectiveFrom: '',
    adoptedRef: '',
    defaultRoute: Array.from({ length: DEFAULT_ROUTE_STEPS }, () => ''),
    rows: Array.from({ length: EMPTY_ITEM_ROWS }, emptyRow),
  };
}

export function adoptFormFrom(body: Record<string, unknown>): AdoptForm {
  const text = (name: string): string => (typeof body[name] === 'string' ? body[name].trim() : '');
  const count = Math.min(Math.max(Number(text('rader')) || 0, 1), MAX_ROWS);
  return {
    versionId: text('versionId'),
    effectiveFrom: text('effectiveFrom'),
    adoptedRef: text('adoptedRef'),
    defaultRoute: Array.from({ length: DEFAULT_ROUTE_STEPS }, (_, s) => text(routeField(s))),
    rows: Array.from({ length: count }, (_, i) => ({
      code: text(itemField(i, 'code')),
      title: text(itemField(i, 'title')),
      legalBasis: text(itemField(i, 'legalBasis')),
      delegates: text(itemField(i, 'delegates')),
      reporting: text(itemField(i, 'reporting')) || 'report',
      route: Array.from({ length: ITEM_ROUTE_STEPS }, (_, s) => text(itemRouteField(i, s))),
      maxAmount: text(itemField(i, 'maxAmount')),
    })),
  };
}

export const withOneMoreItemRow = (form: AdoptForm): AdoptForm => ({
  ...form,
  rows: form.rows.length >= MAX_ROWS ? form.rows : [...form.rows, emptyRow()],
});

const isEmpty = (row: ItemRow): boolean =>
  [row.code, row.title, row.legalBasis, row.delegates, row.maxAmount, ...row.route].every(
    (v) => v === '',
  );

/** "12 500" or "12500,50" as a number; anything else is left as text for the DTO to refuse. */
function amount(text: string): number | string | null {
  if (text === '') return null;
  const normal = text.replace(/[\s\u202f]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : text;
}

/** The request body the API's POST …/versions takes, built from the form; and which row each item is. */
export function requestBodyOf(form: AdoptForm): { body: object; rowOfItem: number[] } {
  const used = form.rows.map((row, index) => ({ row, index })).filter((r) => !isEmpty(r.row));
  return {
    rowOfItem: used.map((u) => u.index),
    body: {
      versionId: form.versionId,
      effectiveFrom: form.effectiveFrom,
      adoptedRef: form.adoptedRef === '' ? null : form.adoptedRef,
      defaultRoute: form.defaultRoute.filter((b) => b !== ''),
      items: used.map(({ row }) => {
        const route = row.route.filter((b) => b !== '');
        return {
          code: row.code,
          title: row.title,
          legalBasis: row.legalBasis === '' ? null : row.legalBasis,
          delegates: row.delegates
            .split(',')
            .map((d) => d.trim())
            .filter((d) => d !== ''),
          reporting: row.reporting,
          route: route.length === 0 ? null : route,
          maxAmount: amount(row.maxAmount),
        };
      }),
    },
  };
}

const TOP_LABELS: Readonly<Record<string, string>> = {
  versionId: 'Versionens id',
  effectiveFrom: 'Gäller från',
  adoptedRef: 'Antagen genom',
  defaultRoute: 'Huvudregeln för anmälan',
  items: 'Punkterna',
};

const ITEM_LABELS: Readonly<Record<string, string>> = { code: 'Punkt', ...ITEM_FIELD_TEXTS };

export type AdoptCheck =
  | { readonly ok: AdoptVersionDto }
  | { readonly errors: readonly ValidationError[] };

/** The body checked by the API's own request DTO, as POST …/versions checks it. */
export const checkAdoptBody = (body: unknown): Promise<AdoptCheck> =>
  typeof body === 'object' && body !== null && !Array.isArray(body)
    ? validated(AdoptVersionDto, body)
    : Promise.resolve({ errors: [] });

/**
 * Where a problem goes: on the form, the field it concerns; in an upload, a
 * line that names the item (its position and code) and the field.
 */
export interface ProblemPlace {
  field(path: string): string;
  itemName(index: number): string;
}

export function problemsAsErrors(
  errors: readonly ValidationError[],
  place: ProblemPlace,
): FieldError[] {
  return validationProblems(errors).map(({ path, message }) => {
    const [top, index, field] = path.split('.');
    if (top === 'items' && index !== undefined && /^\d+$/.test(index)) {
      const label = field === undefined ? '' : `, ${ITEM_LABELS[field] ?? field}`;
      return {
        field: place.field(path),
        message: `${place.itemName(Number(index))}${label}: ${message}`,
      };
    }
    return { field: place.field(path), message: `${TOP_LABELS[top] ?? top}: ${message}` };
  });
}

/** The form's places: item n of the body is the n-th non-empty row. */
export function formPlace(rowOfItem: readonly number[]): ProblemPlace {
  return {
    field(path) {
      const [top, index, field, step] = path.split('.');
      if (top === 'defaultRoute') return routeField(Number(index ?? 0) || 0);
      if (top !== 'items' || index === undefined) return top;
      const row = rowOfItem[Number(index)] ?? 0;
      if (field === 'route') return itemRouteField(row, Number(step ?? 0) || 0);
      return itemField(row, (field ?? 'code') as Exclude<keyof ItemRow, 'route'>);
    },
    itemName: (index) => `Rad ${(rowOfItem[index] ?? index) + 1}`,
  };
}

/** The upload's places: every line at the file field, items named by position and code. */
export function uploadPlace(body: unknown): ProblemPlace {
  const items = (body as { items?: unknown })?.items;
  return {
    field: () => 'fil',
    itemName(index) {
      const code = Array.isArray(items) ? (items[index] as { code?: unknown })?.code : undefined;
      return `Punkt nr ${index + 1}${typeof code === 'string' && code !== '' ? ` (${code})` : ''}`;
    },
  };
}

/**
 * A refusal of AdoptVersionCommand in Swedish: 409 (the id exists, not later
 * than every version), 422 (an unknown body, a duplicate code, an empty route).
 */
export function adoptRefusal(
  error: unknown,
  context: {
    readonly versions: readonly VersionSummary[];
    readonly bodies: readonly Body[];
    /** the field of a top-level value, and of the rows with one of these codes */
    readonly fieldOf: (what: 'versionId' | 'effectiveFrom' | 'defaultRoute') => string;
    readonly fieldsOfCodes: (codes: readonly string[]) => readonly string[];
  },
): { status: number; errors: FieldError[] } {
  const api = toApiError(error);
  if (api.statusCode >= 500) throw error;
  const details = api.details.filter((d): d is string => typeof d === 'string');
  const text = errorText(api);
  switch (api.code) {
    case 'VERSION_EXISTS':
      return { status: 409, errors: [{ field: context.fieldOf('versionId'), message: text }] };
    case 'EFFECTIVE_FROM_NOT_LATER': {
      const latest = context.versions.at(-1)?.effectiveFrom;
      const more = latest ? ` Den senaste versionen gäller från ${latest}.` : '';
      return {
        status: 409,
        errors: [{ field: context.fieldOf('effectiveFrom'), message: `${text}${more}` }],
      };
    }
    case 'INVALID_DATE':
      return { status: 400, errors: [{ field: context.fieldOf('effectiveFrom'), message: text }] };
    case 'UNKNOWN_BODY': {
      const known = context.bodies.map((b) => b.bodyId).join(', ');
      return {
        status: 422,
        errors: [
          {
            field: context.fieldOf('defaultRoute'),
            message: `${text} Okänt: ${details.join(', ')}. Nämndens organ: ${known}.`,
          },
        ],
      };
    }
    case 'DUPLICATE_ITEM_CODE': {
      const fields = context.fieldsOfCodes(details);
      return {
        status: 422,
        errors: (fields.length > 0 ? fields : [context.fieldOf('versionId')]).map((field) => ({
          field,
          message: `${text} (${details.join(', ')})`,
        })),
      };
    }
    case 'EMPTY_ROUTE':
      return { status: 422, errors: [{ field: context.fieldOf('defaultRoute'), message: text }] };
    default:
      return {
        status: api.statusCode,
        errors: [{ field: context.fieldOf('versionId'), message: text }],
      };
  }
}

export const REPORTING_OPTIONS = REPORTING_RULES.map((rule) => ({
  value: rule,
  label: REPORTING_RULE_TEXTS[rule],
}));
