/**
 * The message a merge or delete fails with when a person it names is no longer in the journal (deleted or merged
 * meanwhile, in another tab or on the popup). The page knows it by this text and says it in the UI language;
 * the router passes a handler's message through, and the protocol's error codes stay as they are.
 */
export const PERSON_MISSING = 'person-missing';

export class PersonMissingError extends Error {
  constructor() {
    super(PERSON_MISSING);
  }
}

/** Whether an error (as the page's client throws it) says that the person is gone. Pure. */
export const isPersonMissing = (error: unknown): boolean => error instanceof Error && error.message === PERSON_MISSING;
