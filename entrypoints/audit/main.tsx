import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Audit, type AuditApi } from '@/components/audit/Audit';
import { download, siteName } from '@/components/history/pageKit';
import { auditTallies, importFiles, listImports, removeImport } from '@/lib/audit/store';
import { StandingNoDB } from '@/lib/db/db';
import { getSettings } from '@/lib/db/store';
import { applyLanguage, t } from '@/lib/i18n';
import '@/components/history/history.css';

// The audit tables belong to this page alone: the background and the content scripts never read
// them, so the page writes them directly, each import in one transaction.
const db = new StandingNoDB();

const api: AuditApi = {
  importFiles: (files) => importFiles(db, files, Date.now()),
  list: () => listImports(db),
  remove: (id) => removeImport(db, id),
  tallies: () => auditTallies(db),
  download,
  siteName,
  historyUrl: browser.runtime.getURL('/records.html'),
};

// The language chosen in the options, if any, before the first words are shown.
void getSettings(db)
  .then(({ language }) => applyLanguage(language, undefined, document))
  .catch(() => undefined)
  .then(() => {
    document.title = t('auditTitle');
    render(<Audit api={api} />, document.getElementById('app')!);
  });
