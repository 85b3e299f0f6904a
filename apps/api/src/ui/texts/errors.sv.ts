/**
 * The API's error `code`s in Swedish. The list of codes is the API's
 * (domain-errors.ts, application/api-error.ts); texts.spec.ts reads those files
 * so a new code without a Swedish text fails the tests.
 */
export const ERROR_CODE_TEXTS: Readonly<Record<string, string>> = {
  INVALID_DATE: 'Datumet är inte ett giltigt datum (ÅÅÅÅ-MM-DD).',
  INVALID_MINUTES_PARAGRAPH: 'Ange protokollsparagrafen som kort text, t.ex. § 123.',
  REASON_REQUIRED: 'Ange ett skäl.',
  INVALID_CURSOR:
    'Sidan kunde inte visas: länken till nästa sida är inte giltig. Börja om från första sidan.',
  INVALID_QUARTER: 'Ange kvartalet som år och kvartal, t.ex. 2023-Q1.',
  APPEAL_NOT_FOUND: 'Överklagandet finns inte.',
  MEETING_CANCELLED: 'Sammanträdet är inställt.',
  APPEAL_CONFLICT: 'Ett överklagande med samma id finns redan med andra uppgifter.',
  MINUTES_DATE_ORDER:
    'Protokollet kan inte justeras före sammanträdet eller tillkännages före justeringen.',
  NOT_SEPARATE_MINUTES: 'Beslutet ska inte protokollföras särskilt enligt delegationsordningen.',
  APPEAL_DATE_ORDER: 'Datumen för överklagandet är i fel ordning.',
  ENFORCEMENT_ORDER: 'Verkställigheten kan inte registreras i den ordningen.',
  REQUIRED_FIELD_CLEARED: 'Ett obligatoriskt fält kan inte tömmas.',
  NOT_DECISION_SOURCE: 'Bara det verksamhetssystem som skickade beslutet får ändra det.',
  BOARD_NOT_FOUND: 'Nämnden finns inte.',
  VERSION_NOT_FOUND: 'Versionen av delegationsordningen finns inte.',
  MEETING_NOT_FOUND: 'Sammanträdet finns inte.',
  DECISION_NOT_FOUND: 'Beslutet finns inte.',
  BODY_REFERENCED: 'Organet används fortfarande och kan inte tas bort.',
  VERSION_EXISTS: 'Det finns redan en version med det id:t.',
  EFFECTIVE_FROM_NOT_LATER: 'En ny version måste börja gälla senare än den förra.',
  MEETING_EXISTS: 'Det finns redan ett sammanträde med det id:t.',
  MEETING_HAS_REPORTS: 'Sammanträdet har redan anmälda beslut.',
  DECISION_CONFLICT: 'Beslutet finns redan med andra uppgifter.',
  BOARD_BODY_COUNT: 'En nämnd ska ha exakt ett organ av typen nämnd.',
  DUPLICATE_BODY: 'Samma organ finns flera gånger.',
  UNKNOWN_BODY: 'Organet finns inte i nämnden.',
  DUPLICATE_ITEM_CODE: 'Samma punkt finns flera gånger.',
  EMPTY_ROUTE: 'En anmälningsväg måste ha minst ett organ.',
  CUTOFF_AFTER_DATE: 'Sista dag för listan kan inte vara efter sammanträdet.',
  DECISION_ANNULLED: 'Beslutet är upphävt och kan inte ändras.',
  CONCURRENT_CHANGE: 'Någon annan ändrade samtidigt. Försök igen.',
  STORED_NOT_VISIBLE_YET: 'Ändringen är sparad men syns inte än. Ladda om sidan om en stund.',
};

/** Every HTTP status the API answers, for errors that carry no code. */
export const STATUS_CODE_TEXTS: Readonly<Record<number, string>> = {
  400: 'Uppgifterna är inte giltiga.',
  401: 'Du är inte inloggad.',
  403: 'Du har inte behörighet till detta.',
  404: 'Det du söker finns inte.',
  409: 'Uppgifterna krockar med något som redan finns.',
  413: 'Det som skickades är för stort.',
  415: 'Det som skickades är inte i ett format som tjänsten tar emot (JSON).',
  422: 'Uppgifterna bryter mot en regel.',
  500: 'Något gick fel i tjänsten.',
  503: 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
};

/** The Swedish text for an API error: by its code when there is one, else by its status. */
export function errorText(error: { readonly statusCode: number; readonly code?: string }): string {
  return (
    (error.code !== undefined ? ERROR_CODE_TEXTS[error.code] : undefined) ??
    STATUS_CODE_TEXTS[error.statusCode] ??
    STATUS_CODE_TEXTS[500]
  );
}
