import type { ClipDatabase } from '@/utils/db/clip-db';
import type { Settings } from '@/utils/settings-schema';
import { ImportDialog } from './import-dialog';
import { LinksDialog } from './links-dialog';
import { PublishDialog, type PublishScope } from './publish-dialog';

type Props = {
  db: ClipDatabase;
  settings: Settings;
  /** The sets Publish offers, or null when its dialog is closed. */
  publishScopes: PublishScope[] | null;
  /** The links dialog's text, or false when it is closed. */
  pastingLinks: string | false;
  importing: boolean;
  onClosePublish(): void;
  onCloseLinks(): void;
  onCloseImport(): void;
  say(text: string, isError?: boolean): void;
};

/** The dialogs the library's header opens: Publish…, Clip links…, Import… (one at a time in practice). */
export function LibraryDialogs(props: Props) {
  const { db, settings, say } = props;
  return (
    <>
      {props.publishScopes && (
        <PublishDialog
          db={db}
          settings={settings}
          scopes={props.publishScopes}
          onClose={props.onClosePublish}
          onDone={(message) => {
            props.onClosePublish();
            say(message);
          }}
        />
      )}
      {props.pastingLinks !== false && (
        <LinksDialog
          concurrency={settings.batchConcurrency}
          initialText={props.pastingLinks}
          onClose={props.onCloseLinks}
          onError={(message) => say(message, true)}
        />
      )}
      {props.importing && (
        <ImportDialog
          settings={settings}
          onClose={props.onCloseImport}
          onDone={(message) => {
            props.onCloseImport();
            say(message);
          }}
          onError={(message) => say(message, true)}
        />
      )}
    </>
  );
}
