/** A field-level problem with input: which field, and what is wrong with it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Base of the typed domain errors; `app.onError` maps each to a page or problem+json. */
export abstract class DomainError extends Error {
  abstract readonly status: 400 | 403 | 404 | 409 | 413 | 422;
  abstract readonly type: string;
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly type = 'not-found';
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly type = 'forbidden';
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly type = 'conflict';
}

/** Invalid input; `fields` names each field and its problem. */
export class Invalid extends DomainError {
  readonly status: 400 | 422;
  readonly type = 'invalid-input';
  constructor(
    message: string,
    readonly fields: FieldIssue[],
    status: 400 | 422 = 400,
  ) {
    super(message);
    this.status = status;
  }
}
