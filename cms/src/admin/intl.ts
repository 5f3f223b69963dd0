import { useIntl } from 'react-intl';

/**
 * The admin's texts of one customisation (`scope.id`, Vietnamese and English in app.tsx's translations),
 * with the English default written where the text is used: `t('title', 'Audit trail')`.
 */
export function useText(scope: string) {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: `${scope}.${id}`, defaultMessage }, values);
}

/** What the server said when an admin request failed (its error message, in the staff member's language), else the error itself. */
export function errorMessage(error: unknown): string {
  const data = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error;
  return data?.message ?? String(error);
}
