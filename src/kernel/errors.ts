import type { Message } from './i18n';

/**
 * What an error says: a message key with parameters, translated by the error mapper or the view
 * in the request's language. (Plain strings are legacy text still being converted to keys.)
 */
export type ErrorText = Message | string;

/** A field-level problem with input: which field, and what is wrong with it (a message key). */
export interface FieldIssue {
  field: string;
  message: ErrorText;
}

/** A field issue translated for one page: what views and problem+json show. */
export interface FieldError {
  field: string;
  message: string;
}

/** Base of the typed domain errors; `app.onError` maps each to a page or problem+json. */
export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;
  abstract readonly type: string;
  /** The user-facing message; `Error.message` holds only its key, for logs. */
  readonly text: ErrorText;
  constructor(text: ErrorText) {
    super(typeof text === 'string' ? text : text.key);
    this.text = text;
  }
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
    message: ErrorText,
    readonly fields: FieldIssue[],
    status: 400 | 422 = 400,
  ) {
    super(message);
    this.status = status;
  }
}

/** Not signed in (or a bad API token) where an account is required. */
export class Unauthorized extends DomainError {
  readonly status = 401;
  readonly type = 'unauthorized';
}

/** Too many attempts; `retryAt` says when the caller may try again. */
export class TooManyRequests extends DomainError {
  readonly status = 429;
  readonly type = 'too-many-requests';
  constructor(
    message: ErrorText,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}

/**
 * A save that started from an older version than the one stored. `changes` says what others
 * changed meanwhile, so the person can redo their edit on top of it; nothing was overwritten.
 */
export class StaleVersion extends Conflict {
  constructor(
    message: ErrorText,
    readonly currentVersion: number,
    readonly changes: import('../domain/diff').FieldChange[],
  ) {
    super(message);
  }
}
