import { type Message, translator } from './i18n';

const indonesian = translator('id');

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
  /** The field's label in the page's language (pages only; problem documents name the field). */
  label?: string;
}

/**
 * Base of the typed domain errors. They say what went wrong in the domain's terms and carry no
 * HTTP status: the one mapper (kernel/http/errors.tsx) picks the status and the form (a page, an
 * htmx fragment or problem+json) from the error and the request.
 */
export abstract class DomainError extends Error {
  /** A stable name for the kind of problem (problem+json `type` is `/problems/<type>`). */
  abstract readonly type: string;
  /**
   * The user-facing message, translated by the mapper in the reader's language. `Error.message`
   * holds its Indonesian text, for logs and the CLI only.
   */
  readonly text: ErrorText;
  constructor(text: ErrorText) {
    super(typeof text === 'string' ? text : indonesian(text));
    this.text = text;
  }
}

/** The thing asked for does not exist, or the person may not know it does. */
export class NotFound extends DomainError {
  readonly type = 'not-found';
}

/** Signed in, but this person may not do this. */
export class Forbidden extends DomainError {
  readonly type = 'forbidden';
}

/** The action clashes with the current state (already decided, a name taken by a race, …). */
export class Conflict extends DomainError {
  readonly type = 'conflict';
}

/**
 * Input the rules refuse; `fields` names each field and its problem. Whether the request was
 * unreadable (bad JSON, a query value of the wrong shape) or a write the rules refused is
 * `Malformed` versus plain `Invalid`; the mapper turns that, and the kind of request, into a
 * status.
 */
export class Invalid extends DomainError {
  readonly type: string = 'invalid-input';
  constructor(
    message: ErrorText,
    readonly fields: FieldIssue[],
  ) {
    super(message);
  }
}

/** The request itself could not be read as the operation's input (its syntax or shape). */
export class Malformed extends Invalid {}

/** The request body is larger than the operation accepts. */
export class TooLarge extends DomainError {
  readonly type = 'payload-too-large';
}

/** Not signed in (or a bad API token) where an account is required. */
export class Unauthorized extends DomainError {
  readonly type = 'unauthorized';
}

/** Too many attempts; `retryAt` says when the caller may try again. */
export class TooManyRequests extends DomainError {
  readonly type = 'too-many-requests';
  constructor(
    message: ErrorText,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}

/**
 * The server is at capacity for this kind of work; `retryAfterSeconds` says when to ask again.
 * Nothing was done.
 */
export class Busy extends DomainError {
  readonly type = 'busy';
  constructor(
    message: ErrorText,
    readonly retryAfterSeconds: number,
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
