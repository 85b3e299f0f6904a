import type { Flag } from '@delegationsbeslut/domain';

export interface FlagText {
  /** short, for lists and filters */
  readonly title: string;
  /** what the flag says about the decision */
  readonly meaning: string;
  /** the rule of the product that raises it */
  readonly rule: string;
  /** the law the rule rests on */
  readonly law: string;
}

/**
 * Every flag explained in Swedish. Typed as a Record over Flag, so a new flag
 * without a text does not compile (and texts.spec.ts fails).
 */
export const FLAG_TEXTS: Readonly<Record<Flag, FlagText>> = {
  NO_ORDER_IN_FORCE: {
    title: 'Ingen delegationsordning gällde',
    meaning: 'Ingen version av delegationsordningen gällde på beslutsdagen.',
    rule: 'Beslutet bedöms mot den version som gällde på beslutsdagen; finns ingen, flaggas beslutet och anmäls enligt den tidigaste versionens standardväg.',
    law: 'Kommunallagen 6 kap. 37 § och 7 kap. 5 §: nämnden får bara delegera genom ett beslut om delegation.',
  },
  UNKNOWN_ITEM: {
    title: 'Okänd punkt',
    meaning: 'Punkten finns inte i den delegationsordning som gällde på beslutsdagen.',
    rule: 'Ett beslut fattat med stöd av delegation ska höra till en punkt i gällande delegationsordning.',
    law: 'Kommunallagen 6 kap. 37 § och 7 kap. 5 §.',
  },
  UNAUTHORIZED_DELEGATE: {
    title: 'Delegaten saknar delegation',
    meaning: 'Den som fattade beslutet har inte en roll som punkten delegerar till.',
    rule: 'Beslutsfattarens roll ska finnas bland punktens delegater i den version som gällde på beslutsdagen.',
    law: 'Kommunallagen 6 kap. 37 § och 7 kap. 5–7 §§ (delegation och vidaredelegation).',
  },
  AMOUNT_OVER_LIMIT: {
    title: 'Beloppet överskrider gränsen',
    meaning: 'Beslutets belopp är högre än punktens beloppsgräns.',
    rule: 'Delegationen gäller bara upp till punktens högsta belopp (maxAmount).',
    law: 'Kommunallagen 6 kap. 37 §: delegationen omfattar det nämnden har beslutat, inte mer.',
  },
  REPORTING_RULE_UNCLEAR: {
    title: 'Oklart hur beslutet ska anmälas',
    meaning:
      'Punkten säger inte om besluten ska anmälas, protokollföras särskilt eller är verkställighet.',
    rule: 'Beslutet behandlas som att det ska anmälas enligt standardvägen tills delegationsordningen har rättats.',
    law: 'Kommunallagen 6 kap. 40 § och 7 kap. 8 §: nämnden bestämmer hur delegationsbeslut anmäls.',
  },
  OVERDUE: {
    title: 'Ej anmält i tid',
    meaning:
      'Beslutet skulle ha anmälts vid ett sammanträde som redan har varit, men anmäldes inte där.',
    rule: 'Ett delegationsbeslut anmäls vid nästa sammanträde med det organ som ska ta emot anmälan.',
    law: 'Kommunallagen 6 kap. 40 § och 7 kap. 8 §.',
  },
  REPORTED_LATE: {
    title: 'Anmält för sent',
    meaning: 'Beslutet anmäldes vid ett senare sammanträde än det där det skulle ha anmälts.',
    rule: 'Anmälan ska ske vid nästa sammanträde; en anmälan vid ett senare sammanträde räknas men flaggas.',
    law: 'Kommunallagen 6 kap. 40 § och 7 kap. 8 §.',
  },
  LATE_REGISTERED: {
    title: 'Efterregistrerat',
    meaning: 'Beslutet registrerades först efter det sammanträde där det skulle ha anmälts.',
    rule: 'Ett beslut ska registreras i tid för att komma med på listan till nästa sammanträde.',
    law: 'Kommunallagen 6 kap. 40 § och 7 kap. 8 §; överklagandetiden räknas från anslaget (13 kap. 5 §).',
  },
  AMENDED_AFTER_REPORT: {
    title: 'Ändrat efter anmälan',
    meaning: 'Beslutets uppgifter ändrades efter att det hade anmälts.',
    rule: 'Det organ som tog emot anmälan har sett de tidigare uppgifterna; ändringen bör redovisas.',
    law: 'Kommunallagen 6 kap. 40 § och 7 kap. 8 §.',
  },
  NO_MEETING_SCHEDULED: {
    title: 'Inget sammanträde planerat',
    meaning: 'Det finns inget planerat sammanträde med det organ som ska ta emot anmälan.',
    rule: 'Ett beslut anmäls vid nästa sammanträde; utan planerat sammanträde går det inte att säga när.',
    law: 'Kommunallagen 6 kap. 40 § och 7 kap. 8 §.',
  },
  ANNOUNCEMENT_LATE: {
    title: 'Protokollet anslogs för sent',
    meaning:
      'Justeringen av protokollet från sammanträdet där beslutet anmäldes tillkännagavs för sent på anslagstavlan.',
    rule: 'Justeringen ska tillkännages på anslagstavlan senast andra dagen efter justeringen; överklagandetiden räknas från tillkännagivandet.',
    law: 'Kommunallagen 8 kap. 12 § och 13 kap. 5 §; lag (1930:173) om beräkning av lagstadgad tid.',
  },
  AUTOMATED_DECISION_NOT_ALLOWED: {
    title: 'Automatiserat beslut där det inte är tillåtet',
    meaning:
      'Beslutet fattades av en automatiserad beslutsfunktion under en punkt där automatiserade beslut inte får användas.',
    rule: 'Automatiserat beslutsfattande får inte användas för beslut som kan överklagas genom laglighetsprövning, beslut som inte kan överklagas, upphandling eller valfrihetssystem.',
    law: 'Kommunallagen 6 kap. 37–38 §§.',
  },
  SEPARATE_MINUTES_MISSING: {
    title: 'Särskilt protokoll saknas',
    meaning:
      'Beslutet ska protokollföras särskilt, men inget tillkännagivet protokoll finns inom nämndens frist.',
    rule: 'Beslut som inte anmäls och kan överklagas genom laglighetsprövning ska protokollföras särskilt och tillkännages på anslagstavlan.',
    law: 'Kommunallagen 6 kap. 40 §, 7 kap. 8 § och 8 kap. 12 §.',
  },
  NOT_ENFORCED_IN_TIME: {
    title: 'Ej verkställt inom tre månader',
    meaning:
      'Ett gynnande beslut har inte verkställts inom tre månader från beslutet (eller från ett avbrott i verkställigheten).',
    rule: 'Gynnande beslut som inte verkställts inom tre månader rapporteras varje kvartal till nämnden och IVO.',
    law: 'Socialtjänstlagen (2001:453) 16 kap. 6 f § (numrering enligt 2001 års lag) och LSS 28 f §.',
  },
};
