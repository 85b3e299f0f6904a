import { BODY_KINDS, type Body, type BodyKind } from '@delegationsbeslut/domain';
import { toApiError } from '../../../application/api-error';
import { ID_PATTERN, validated } from '../../../application/input/validation';
import { DefineBoardDto } from '../../../boards/define-board/define-board.request.dto';
import type { BoardView } from '../../../projections/boards/boards.queries';
import type { FieldError } from '../../components';
import { BODY_KIND_TEXTS, errorText } from '../../texts';
import { validationProblems } from '../validation-texts';

/** Empty rows a new board's form starts with; "Lägg till rad" adds one more. */
export const EMPTY_BODY_ROWS = 3;
const MAX_ROWS = 200;

export interface BodyRow {
  readonly bodyId: string;
  readonly name: string;
  readonly kind: string;
}

/** The form as the person filled it in, to show again with its errors. */
export interface BoardForm {
  readonly boardId: string;
  readonly name: string;
  readonly rows: readonly BodyRow[];
}

export const bodyField = (row: number, field: keyof BodyRow): string => `organ-${row}-${field}`;

const EMPTY_ROW: BodyRow = { bodyId: '', name: '', kind: '' };

export function emptyBoardForm(): BoardForm {
  return { boardId: '', name: '', rows: Array.from({ length: EMPTY_BODY_ROWS }, () => EMPTY_ROW) };
}

export function boardFormOf(board: BoardView): BoardForm {
  return {
    boardId: board.boardId,
    name: board.name,
    rows: [...board.bodies.map(({ bodyId, name, kind }) => ({ bodyId, name, kind })), EMPTY_ROW],
  };
}

/** The posted form (urlencoded: flat names), with the number of rows it had. */
export function boardFormFrom(body: Record<string, unknown>, boardId?: string): BoardForm {
  const text = (name: string): string => (typeof body[name] === 'string' ? body[name].trim() : '');
  const count = Math.min(Math.max(Number(text('rader')) || 0, 1), MAX_ROWS);
  return {
    boardId: boardId ?? text('boardId'),
    name: text('name'),
    rows: Array.from({ length: count }, (_, i) => ({
      bodyId: text(bodyField(i, 'bodyId')),
      name: text(bodyField(i, 'name')),
      kind: text(bodyField(i, 'kind')),
    })),
  };
}

export const withOneMoreRow = (form: BoardForm): BoardForm => ({
  ...form,
  rows: form.rows.length >= MAX_ROWS ? form.rows : [...form.rows, EMPTY_ROW],
});

const isEmpty = (row: BodyRow): boolean => row.bodyId === '' && row.name === '' && row.kind === '';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  bodyId: 'id',
  name: 'namn',
  kind: 'typ',
};

export type BoardCheck =
  | { readonly ok: { readonly name: string; readonly bodies: Body[] } }
  | { readonly errors: readonly FieldError[] };

/**
 * The form checked by the API's own request DTO (DefineBoardDto) and the id
 * pattern of every board id; empty rows are left out, every error names its field.
 */
export async function checkBoardForm(form: BoardForm): Promise<BoardCheck> {
  const errors: FieldError[] = [];
  if (!ID_PATTERN.test(form.boardId)) {
    errors.push({
      field: 'boardId',
      message: 'Nämndens id får bara innehålla a–z, 0–9, punkt, understreck och bindestreck.',
    });
  }
  const used = form.rows.map((row, index) => ({ row, index })).filter((r) => !isEmpty(r.row));
  const plain = {
    name: form.name,
    bodies: used.map(({ row }) => ({ bodyId: row.bodyId, name: row.name, kind: row.kind })),
  };
  const result = await validated(DefineBoardDto, plain);
  if ('errors' in result) {
    for (const problem of validationProblems(result.errors)) {
      const [top, index, field] = problem.path.split('.');
      if (top === 'bodies' && index !== undefined && field !== undefined) {
        const row = used[Number(index)].index;
        errors.push({
          field: bodyField(row, field as keyof BodyRow),
          message: `Organ ${row + 1}, ${FIELD_LABELS[field] ?? field}: ${problem.message}`,
        });
      } else if (top === 'name') {
        errors.push({ field: 'name', message: `Nämndens namn ${problem.message}` });
      } else {
        errors.push({ field: bodyField(0, 'bodyId'), message: `Organen ${problem.message}` });
      }
    }
  }
  if (errors.length > 0) return { errors };
  return { ok: { name: form.name, bodies: plain.bodies as Body[] } };
}

/** A refusal of DefineBoardCommand in Swedish, at the rows it concerns. */
export function boardRefusal(
  error: unknown,
  form: BoardForm,
  before: BoardView | undefined,
): FieldError[] {
  const api = toApiError(error);
  if (api.statusCode >= 500) throw error;
  const ids = api.details.filter((d): d is string => typeof d === 'string');
  const rowsWith = (bodyIds: readonly string[]) =>
    form.rows.map((row, i) => ({ row, i })).filter(({ row }) => bodyIds.includes(row.bodyId));
  switch (api.code) {
    case 'BODY_REFERENCED': {
      const named = ids.map((id) => {
        const body = before?.bodies.find((b) => b.bodyId === id);
        return body ? `${body.name} (${id})` : id;
      });
      return [
        {
          field: bodyField(0, 'bodyId'),
          message: `${errorText(api)} Det används av delegationsordningen eller ett sammanträde: ${named.join(', ')}.`,
        },
      ];
    }
    case 'DUPLICATE_BODY':
      return rowsWith(ids).map(({ i }) => ({
        field: bodyField(i, 'bodyId'),
        message: `Organ ${i + 1}: ${errorText(api)}`,
      }));
    case 'BOARD_BODY_COUNT':
      return [{ field: bodyField(0, 'kind'), message: errorText(api) }];
    default:
      return [{ field: 'name', message: errorText(api) }];
  }
}

export const BODY_KIND_OPTIONS = [
  { value: '', label: 'Välj typ' },
  ...BODY_KINDS.map((kind: BodyKind) => ({ value: kind, label: BODY_KIND_TEXTS[kind] })),
];
