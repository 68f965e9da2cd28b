import { useRef, useState } from 'preact/hooks';
import { eventsCsv } from '@/lib/export/csv';
import type { ExportDoc } from '@/lib/export/schema';
import { plural, t, type MessageKey } from '@/lib/i18n';
import type { Redaction } from '@/lib/messages';

/** The version of the consent screen below; an export made with a study preset names it. */
export const STUDY_CONSENT = 1;

const PREVIEW_EVENTS = 3;

interface Preset {
  id: string;
  redaction: Redaction;
  study: boolean;
  label: MessageKey;
  help: MessageKey;
}

const PLAIN: Preset[] = [
  { id: 'full', redaction: 'full', study: false, label: 'exportFull', help: 'exportFullHelp' },
  { id: 'excerpts', redaction: 'excerpts', study: false, label: 'exportExcerpts', help: 'exportExcerptsHelp' },
  { id: 'none', redaction: 'none', study: false, label: 'exportNone', help: 'exportNoneHelp' },
];
/** Research presets never carry whole messages. */
const STUDY: Preset[] = [
  { id: 'study-none', redaction: 'none', study: true, label: 'studyPresetNone', help: 'exportNoneHelp' },
  { id: 'study-excerpts', redaction: 'excerpts', study: true, label: 'studyPresetExcerpts', help: 'exportExcerptsHelp' },
];

interface Props {
  studyMode: boolean;
  setStudyMode(on: boolean): Promise<void>;
  build(redaction: Redaction, study?: ExportDoc['study']): Promise<ExportDoc>;
  download(fileName: string, text: string, type: string): void;
}

export function ExportPanel({ studyMode, setStudyMode, build, download }: Props) {
  const presets = studyMode ? [...STUDY, ...PLAIN] : PLAIN;
  const [chosen, setChosen] = useState(presets[0]!.id);
  const preset = presets.find((p) => p.id === chosen) ?? presets[0]!;
  const [doc, setDoc] = useState<{ id: string; doc: ExportDoc } | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = doc?.id === preset.id ? doc.doc : null;

  const prepare = async () => {
    setBusy(true);
    try {
      setDoc({ id: preset.id, doc: await build(preset.redaction, preset.study ? { consent: STUDY_CONSENT } : undefined) });
    } finally {
      setBusy(false);
    }
  };
  const stamp = ready ? ready.exportedAt.slice(0, 10) : '';

  return (
    <section aria-labelledby="export-title" data-export>
      <h2 id="export-title">{t('exportTitle')}</h2>
      <p>{t('exportIntro')}</p>
      <fieldset>
        <legend>{t('exportLevel')}</legend>
        {presets.map((p) => (
          <label key={p.id} class="row">
            <input type="radio" name="export-level" value={p.id} checked={p.id === preset.id} onChange={() => setChosen(p.id)} />{' '}
            <span>
              <strong>{t(p.label)}</strong> <span class="meta">{t(p.help)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={prepare} disabled={busy} data-export-prepare>
        {busy ? t('historyLoading') : t('exportPrepare')}
      </button>
      {ready && (
        <div class="preview" data-export-preview={ready.redaction}>
          <h3>{t('exportPreviewTitle')}</h3>
          <p>{t('exportPreviewCounts', plural('countCompanions', ready.companions.length), plural('countChats', ready.chats.length), plural('countBoundaries', ready.boundaries.length), plural('countEvents', ready.events.length))}</p>
          <pre tabIndex={0} aria-label={t('exportPreviewTitle')}>
            {JSON.stringify({ ...ready, companions: ready.companions.slice(0, 1), chats: ready.chats.slice(0, 1), boundaries: ready.boundaries.slice(0, 1), events: ready.events.slice(0, PREVIEW_EVENTS) }, null, 2)}
          </pre>
          <p class="meta">{t('exportPreviewShort', PREVIEW_EVENTS)}</p>
          <p>
            <button type="button" onClick={() => download(`standing-no-${ready.redaction}-${stamp}.json`, JSON.stringify(ready, null, 2), 'application/json')} data-download="json">
              {t('exportDownloadJson')}
            </button>{' '}
            <button type="button" onClick={() => download(`standing-no-events-${ready.redaction}-${stamp}.csv`, eventsCsv(ready), 'text/csv')} data-download="csv">
              {t('exportDownloadCsv')}
            </button>
          </p>
        </div>
      )}
      <Study on={studyMode} set={setStudyMode} />
    </section>
  );
}

/** Study mode is turned on only here, after the user has read what it changes. */
function Study({ on, set }: { on: boolean; set(on: boolean): Promise<void> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [agreed, setAgreed] = useState(false);
  if (on) {
    return (
      <p class="study" data-study="on">
        {t('studyOn')}{' '}
        <button type="button" class="link" onClick={() => void set(false)}>
          {t('studyTurnOff')}
        </button>
      </p>
    );
  }
  return (
    <div class="study" data-study="off">
      <button type="button" class="link" onClick={() => dialog.current?.showModal()}>
        {t('studyAbout')}
      </button>
      <dialog ref={dialog} aria-labelledby="study-title" data-study-consent onClose={() => setAgreed(false)}>
        <h2 id="study-title">{t('studyTitle')}</h2>
        <p>{t('studyWhat')}</p>
        <ul>
          <li>{t('studyPresets')}</li>
          <li>{t('studyMarked')}</li>
          <li>{t('studyNothingSent')}</li>
          <li>{t('studyOff')}</li>
        </ul>
        <label class="row">
          <input type="checkbox" checked={agreed} onChange={(e) => setAgreed((e.target as HTMLInputElement).checked)} /> {t('studyAgree')}
        </label>
        <p>
          <button
            type="button"
            disabled={!agreed}
            onClick={async () => {
              await set(true);
              dialog.current?.close();
            }}
          >
            {t('studyTurnOn')}
          </button>{' '}
          <button type="button" class="link" onClick={() => dialog.current?.close()}>
            {t('studyNotNow')}
          </button>
        </p>
      </dialog>
    </div>
  );
}
