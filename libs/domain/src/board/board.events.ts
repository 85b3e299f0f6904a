export const BODY_KINDS = ['board', 'committee', 'presidium', 'chair', 'official'] as const;

/** What kind of body receives reports: the nämnd itself, an utskott, the presidium, the ordförande, or an official (e.g. förvaltningschef). */
export type BodyKind = (typeof BODY_KINDS)[number];

export interface Body {
  readonly bodyId: string;
  readonly name: string;
  readonly kind: BodyKind;
}

export interface BoardDefined {
  readonly type: 'BoardDefined';
  readonly data: {
    readonly boardId: string;
    readonly name: string;
    readonly bodies: readonly Body[];
  };
}

/** Carries the full new list of bodies, so a reader never has to merge. */
export interface BoardUpdated {
  readonly type: 'BoardUpdated';
  readonly data: {
    readonly boardId: string;
    readonly name: string;
    readonly bodies: readonly Body[];
  };
}

export type BoardEvent = BoardDefined | BoardUpdated;
