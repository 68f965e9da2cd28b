import { t } from '@/lib/i18n';

/** The figures in a sentence each; docs/audit.md holds the precise definitions. */
export function Definitions() {
  return (
    <section aria-labelledby="definitions-title">
      <h2 id="definitions-title">{t('auditDefinitions')}</h2>
      <dl>
        <dt>{t('auditFigureNoes')}</dt>
        <dd>{t('auditDefineNoes')}</dd>
        <dt>{t('auditFigurePlatformShare')}</dt>
        <dd>{t('auditDefinePlatformShare')}</dd>
        <dt>{t('auditFigureDurability')}</dt>
        <dd>{t('auditDefineDurability')}</dd>
        <dt>{t('auditFigureYesAfterPressure')}</dt>
        <dd>{t('auditDefineYesAfterPressure')}</dd>
        <dt>{t('auditFigureMedian')}</dt>
        <dd>{t('auditDefineMedian')}</dd>
        <dt>{t('auditFigureKept')}</dt>
        <dd>{t('auditDefineKept')}</dd>
      </dl>
    </section>
  );
}
