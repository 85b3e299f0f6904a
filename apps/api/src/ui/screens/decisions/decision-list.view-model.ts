import type { ValidationError } from 'class-validator';
import { validated } from '../../../application/input/validation';
import { ListDecisionsQuery } from '../../../decisions/list-decisions/list-decisions.request.dto';
import type { ListFilter } from '../../../projections/decisions/decisions.queries';
import { InvalidCursorError } from '../../../projections/decisions/decisions.errors';
import type { FieldError } from '../../components';
import { ERROR_CODE_TEXTS } from '../../texts';
import { screenPath } from '../../ui-paths';

/** 50 a page: a screen of rows at 200 % zoom, well under the ~100 the interface allows. */
export const DECISIONS_PER_PAGE = 50;

/**
 * The screen's query parameters (other screens link here with them) and the
 * API's filter each stands for.
 */
export const LIST_PARAMS = {
  status: 'status',
  flagga: 'flag',
  punkt: 'itemCode',
  organ: 'bodyId',
  fran: 'from',
  till: 'to',
  system: 'sourceSystem',
  diarienummer: 'caseRef',
  lage: 'today',
} as const satisfies Record<string, keyof ListDecisionsQuery>;

export type ListParam = keyof typeof LIST_PARAMS;
const PARAM_OF = Object.fromEntries(
  Object.entries(LIST_PARAMS).map(([param, filter]) => [filter, param]),
) as Record<string, ListParam>;

/** The filters as the form shows them: the values as given, '' for none. */
export type ListForm = Readonly<Record<ListParam, string>>;

export interface ListRequest {
  readonly form: ListForm;
  /** the API's filters (without today, limit and cursor), once valid */
  readonly filter?: Omit<ListFilter, 'today' | 'limit' | 'cursor'> & { readonly today?: string };
  readonly errors: readonly FieldError[];
  /** 1-based */
  readonly page: number;
  readonly cursor?: string;
  /** the cursors that started pages 2 … page-1, for the link back */
  readonly earlier: readonly string[];
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : Array.isArray(value) ? text(value[0]) : '';

const SWEDISH: Readonly<Record<ListParam, string>> = {
  status: 'Välj en status i listan.',
  flagga: 'Välj en flagga i listan.',
  punkt: 'Ange punkten med högst 64 tecken.',
  organ: 'Välj ett organ i listan.',
  fran: ERROR_CODE_TEXTS.INVALID_DATE,
  till: ERROR_CODE_TEXTS.INVALID_DATE,
  system: 'Välj ett verksamhetssystem i listan.',
  diarienummer: 'Ange diarienumret med högst 200 tecken.',
  lage: ERROR_CODE_TEXTS.INVALID_DATE,
};

/**
 * The screen's query string as the API's filters, validated by the API's own
 * query DTO, so the screen refuses what GET …/decisions refuses. The case
 * number is dropped for one who may not see the board's confidential data,
 * as the API drops it.
 */
export async function listRequest(
  query: Record<string, unknown>,
  maySeeConfidential: boolean,
): Promise<ListRequest> {
  const form = Object.fromEntries(
    Object.keys(LIST_PARAMS).map((param) => [param, text(query[param])]),
  ) as Record<ListParam, string>;
  if (!maySeeConfidential) form.diarienummer = '';
  const cursor = text(query.cursor) || undefined;
  const earlier = cursor ? text(query.forra).split(',').filter(Boolean) : [];
  const page = cursor ? earlier.length + 2 : 1;
  const plain = Object.fromEntries(
    Object.entries(LIST_PARAMS)
      .filter(([param]) => form[param as ListParam] !== '')
      .map(([param, filter]) => [filter, form[param as ListParam]]),
  );
  const checked = await validated(ListDecisionsQuery, { ...plain, ...(cursor && { cursor }) });
  if ('errors' in checked) {
    // a cursor the list never gave out is refused as the API refuses it
    if (checked.errors.some((e) => e.property === 'cursor')) throw new InvalidCursorError();
    return { form, errors: fieldErrors(checked.errors), page, cursor, earlier };
  }
  const { cursor: _cursor, limit: _limit, ...filter } = checked.ok;
  return {
    form,
    filter,
    errors: [],
    page,
    cursor,
    earlier,
  };
}

function fieldErrors(errors: readonly ValidationError[]): FieldError[] {
  return errors
    .map((e) => PARAM_OF[e.property])
    .filter((param): param is ListParam => param !== undefined)
    .map((param) => ({ field: param, message: SWEDISH[param] }));
}

/** The list's address with these filters, at the page that `cursor` starts. */
export function listHref(
  boardId: string,
  form: ListForm,
  paging?: { readonly cursor: string; readonly earlier: readonly string[] },
): string {
  const params = new URLSearchParams();
  for (const param of Object.keys(LIST_PARAMS) as ListParam[]) {
    if (form[param] !== '') params.set(param, form[param]);
  }
  if (paging) {
    params.set('sida', String(paging.earlier.length + 2));
    params.set('cursor', paging.cursor);
    if (paging.earlier.length > 0) params.set('forra', paging.earlier.join(','));
  }
  const query = params.toString();
  return `${screenPath(boardId, 'beslut')}${query ? `?${query}` : ''}`;
}

/** Links to the page before and after, keeping the filters. */
export function pageHref(
  boardId: string,
  request: ListRequest,
  nextCursor: string | null,
): (page: number) => string {
  return (page) => {
    if (page > request.page && nextCursor) {
      return listHref(boardId, request.form, {
        cursor: nextCursor,
        earlier: request.cursor ? [...request.earlier, request.cursor] : [],
      });
    }
    if (page <= 1 || request.earlier.length === 0) return listHref(boardId, request.form);
    return listHref(boardId, request.form, {
      cursor: request.earlier[request.earlier.length - 1],
      earlier: request.earlier.slice(0, -1),
    });
  };
}
