/** True for the browser's "storage full" error, whichever name this browser gives it. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  // Older Firefox names it NS_ERROR_DOM_QUOTA_REACHED; code 22 is the legacy QUOTA_EXCEEDED_ERR.
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (error instanceof DOMException && error.code === 22)
  );
}

/**
 * Why a built corpus could not be kept in this browser, and what to do about it. The corpus
 * itself is not lost: the page still holds it and offers it as a download.
 */
export function saveFailureMessage(error: unknown): string {
  if (isQuotaError(error))
    return (
      "This browser's storage for this site is full. Delete corpora you no longer need under " +
      '"Corpora in this browser" below, or free space in the browser\'s settings (site data), then build again.'
    );
  const detail =
    error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  return (
    `This browser refused to store it (${detail}). ` +
    'Private windows and some privacy settings turn storage off; allow site data for this page, then build again.'
  );
}
