import { useTranslation } from 'react-i18next';

/** The calm line a whole page shows while its data or its code (a lazily loaded window or route) is on the way. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <main id="main" tabIndex={-1} className="loading" aria-busy="true">
      <p>{t('common.loading')}</p>
    </main>
  );
}
