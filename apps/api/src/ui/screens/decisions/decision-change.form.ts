import type { ValidationError } from 'class-validator';
import type { DecisionChangesInput } from '@delegationsbeslut/domain';
import type { ApiError } from '../../../application/api-error';
import { validated } from '../../../application/input/validation';
import { ReasonDto } from '../../../application/input/reason.dto';
import { AmendDecisionDto } from '../../../decisions/amend-decision/amend-decision.request.dto';
import type { DecisionView } from '../../../projections/decisions/decisions.queries';
import type { FieldError } from '../../components';
import { ERROR_CODE_TEXTS, errorText } from '../../texts';

/** The amend form's fields, prefilled from the decision. */
export interface AmendForm {
  readonly punkt: string;
  readonly beslutsdatum: string;
  readonly delegatNamn: string;
  readonly delegatRoll: string;
  readonly delegatId: string;
  readonly registrerat: string;
  readonly diarienummer: string;
  readonly sammanfattning: string;
  readonly sekretess: boolean;
  readonly belopp: string;
  readonly bradskande: boolean;
  readonly motivering: string;
}

export type AmendField = keyof AmendForm;

export function amendFormOf(view: DecisionView): AmendForm {
  return {
    punkt: view.itemCode,
    beslutsdatum: view.decidedAt,
    delegatNamn: view.decidedBy.name,
    delegatRoll: view.decidedBy.role,
    delegatId: view.decidedBy.id ?? '',
    registrerat: view.registeredAt,
    diarienummer: view.caseRef ?? '',
    sammanfattning: view.summary ?? '',
    sekretess: view.confidential,
    belopp: view.amount === null ? '' : String(view.amount),
    bradskande: view.urgent,
    motivering: '',
  };
}

const text = (body: Record<string, unknown>, key: string): string =>
  typeof body[key] === 'string' ? (body[key] as string).trim() : '';

export function amendFormFrom(body: Record<string, unknown>): AmendForm {
  return {
    punkt: text(body, 'punkt'),
    beslutsdatum: text(body, 'beslutsdatum'),
    delegatNamn: text(body, 'delegatNamn'),
    delegatRoll: text(body, 'delegatRoll'),
    delegatId: text(body, 'delegatId'),
    registrerat: text(body, 'registrerat'),
    diarienummer: text(body, 'diarienummer'),
    sammanfattning: text(body, 'sammanfattning'),
    sekretess: body.sekretess === 'ja',
    belopp: text(body, 'belopp'),
    bradskande: body.bradskande === 'ja',
    motivering: text(body, 'motivering'),
  };
}

/** "4 500" or "4500,50" as a number; anything else is kept for the DTO to refuse. */
function amountOf(value: string): number | string | null {
  if (value === '') return null;
  const normal = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : value;
}

/**
 * Only what the form changed, so a field left as it was is not touched (and
 * a masked field, which the form does not offer, never is).
 */
export function changesOf(
  form: AmendForm,
  view: DecisionView,
  maySeeConfidential: boolean,
): Record<string, unknown> {
  const before = amendFormOf(view);
  const changes: Record<string, unknown> = {};
  if (form.punkt !== before.punkt) changes.itemCode = form.punkt;
  if (form.beslutsdatum !== before.beslutsdatum) changes.decidedAt = form.beslutsdatum;
  if (
    form.delegatNamn !== before.delegatNamn ||
    form.delegatRoll !== before.delegatRoll ||
    form.delegatId !== before.delegatId
  ) {
    changes.decidedBy = {
      name: form.delegatNamn,
      role: form.delegatRoll,
      id: form.delegatId === '' ? null : form.delegatId,
    };
  }
  if (form.registrerat !== before.registrerat) changes.registeredAt = form.registrerat;
  const masked = view.confidential && !maySeeConfidential;
  if (!masked) {
    if (form.diarienummer !== before.diarienummer)
      changes.caseRef = form.diarienummer === '' ? null : form.diarienummer;
    if (form.sammanfattning !== before.sammanfattning)
      changes.summary = form.sammanfattning === '' ? null : form.sammanfattning;
  }
  if (form.sekretess !== before.sekretess) changes.confidential = form.sekretess;
  if (form.belopp !== before.belopp) changes.amount = amountOf(form.belopp);
  if (form.bradskande !== before.bradskande) changes.urgent = form.bradskande;
  return changes;
}

const FIELD_OF_CHANGE: Readonly<Record<string, AmendField>> = {
  itemCode: 'punkt',
  decidedAt: 'beslutsdatum',
  decidedBy: 'delegatNamn',
  'decidedBy.name': 'delegatNamn',
  'decidedBy.role': 'delegatRoll',
  'decidedBy.id': 'delegatId',
  registeredAt: 'registrerat',
  caseRef: 'diarienummer',
  summary: 'sammanfattning',
  confidential: 'sekretess',
  amount: 'belopp',
  urgent: 'bradskande',
};

const FIELD_TEXTS: Readonly<Record<AmendField, string>> = {
  punkt: 'Ange punkten med högst 64 tecken.',
  beslutsdatum: ERROR_CODE_TEXTS.INVALID_DATE,
  delegatNamn: 'Ange delegatens namn.',
  delegatRoll: 'Ange delegatens roll.',
  delegatId: 'Ange delegatens id med högst 100 tecken.',
  registrerat: ERROR_CODE_TEXTS.INVALID_DATE,
  diarienummer: 'Ange diarienumret med högst 200 tecken.',
  sammanfattning: 'Sammanfattningen får vara högst 10 000 tecken.',
  sekretess: 'Välj om beslutet omfattas av sekretess.',
  belopp: 'Ange beloppet i kronor som ett tal, 0 eller mer, t.ex. 4 500.',
  bradskande: 'Välj om beslutet är brådskande.',
  motivering: 'Ange en motivering (högst 2 000 tecken).',
};

function errorsOf(
  errors: readonly ValidationError[],
  prefix: string,
  reasonField: string,
): FieldError[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    if (path === 'reason') return [{ field: reasonField, message: FIELD_TEXTS.motivering }];
    if (error.property === 'changes' || (path === 'decidedBy' && error.children?.length)) {
      return errorsOf(error.children ?? [], path === 'changes' ? '' : `${path}.`, reasonField);
    }
    const field = FIELD_OF_CHANGE[path];
    return field ? [{ field, message: FIELD_TEXTS[field] }] : [];
  });
}

/** The amendment as the API's body, checked by the API's own DTO, or the errors at their fields. */
export async function amendment(
  form: AmendForm,
  view: DecisionView,
  maySeeConfidential: boolean,
): Promise<{ changes: DecisionChangesInput; reason: string } | { errors: FieldError[] }> {
  const checked = await validated(AmendDecisionDto, {
    changes: changesOf(form, view, maySeeConfidential),
    reason: form.motivering,
  });
  if ('errors' in checked) return { errors: errorsOf(checked.errors, '', 'motivering') };
  return { changes: checked.ok.changes as DecisionChangesInput, reason: checked.ok.reason };
}

/** The annulment's reason, checked by the API's ReasonDto. */
export async function annulment(
  body: Record<string, unknown>,
): Promise<{ reason: string } | { errors: FieldError[] }> {
  const checked = await validated(ReasonDto, { reason: text(body, 'motivering') });
  if ('errors' in checked)
    return { errors: [{ field: 'motivering', message: FIELD_TEXTS.motivering }] };
  return { reason: checked.ok.reason };
}

const COMMAND_ERROR_FIELDS: Readonly<Record<string, AmendField>> = {
  INVALID_DATE: 'beslutsdatum',
  REQUIRED_FIELD_CLEARED: 'punkt',
};

/** An error the command raised, in Swedish, at its field when it has one. */
export function commandError(error: ApiError): FieldError {
  const field = (error.code && COMMAND_ERROR_FIELDS[error.code]) ?? 'motivering';
  return { field, message: errorText(error) };
}
