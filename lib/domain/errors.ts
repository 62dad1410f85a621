// Errors a use case raises on purpose. The code decides the HTTP status and
// the message the user sees; internal details never reach the client.
export const ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  validation: 422,
  conflict: 409,
  rateLimited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Why exactly a request was refused; messages.refusals says each in Chinese. */
export const REASONS = [
  "notAllowed",
  "notYours",
  "submittedLocked",
  "archived",
  "notSubmittable",
  "notAtThisLevel",
  "reviewedAnotherLevel",
  "opinionRequired",
  "headlineRequired",
  "bodyRequired",
  "staleVersion",
  "statusChanged",
  "invalidBody",
  "articleNotFound",
  "revisionNotFound",
  "commentNotFound",
  "contributorNameRequired",
  "imageTooLarge",
  "imageType",
  "imageCorrupt",
  "imageHeicUnsupported",
  "imageTooManyPixels",
  "mediaNotFound",
  "figureAltMissing",
  "figureCreditMissing",
  "mediaPublishedCrop",
  "issueNotFound",
  "pageNotFound",
  "issueDuplicate",
  "overrideReasonRequired",
  "pagesRequired",
  "pageStale",
  "pageLocked",
  "notReleased",
  "alreadyPlaced",
  "pageHasPlacements",
  "jumpTarget",
  "staffRole",
  "pageEmpty",
  "notPageProofreader",
  "roundInProgress",
  "roundsComplete",
  "roundNotOpen",
  "notRoundProofreader",
  "markSettled",
  "marksOpen",
  "roundsIncomplete",
  "pageNotSigned",
  "unsignReasonRequired",
  "issuePublished",
  "rejectReasonRequired",
  "markTextChanged",
  "markSpansParagraphs",
  "markNotOnPage",
  "pageSigned",
  "correctionRequired",
  "articleNotPublished",
  "markEmpty",
  "correctionTooLong",
  "correctionDate",
  "issueNotLocked",
  "issueNotPublished",
  "withdrawReasonRequired",
  "publishTimeInvalid",
  "importFileType",
  "importFileEmpty",
  "importFileTooLarge",
  "importFileNotText",
  "importDocxUnreadable",
  "importNothingFound",
  "importIssueNotImported",
  "importIssueMismatch",
  "importPageTaken",
  "importIssuePublished",
  "importBatchNotFound",
  "importBatchSettled",
  "importUndoLaterFirst",
  "importTryAgain",
  "publicationNotFound",
  // — administration (issue 9) —
  // — audit and 见报统计 (issue 9) —
  // — operations and security (issue 9) —
] as const;
export type Reason = (typeof REASONS)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** For logs only; never shown to users. */
    detail?: string,
    /** What the user is told, when more precise than the code's message. */
    readonly reason?: Reason,
  ) {
    super(detail ?? code);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
