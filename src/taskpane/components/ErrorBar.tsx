import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Bilingual } from "../../core/messages";
import type { Strings } from "../i18n";

export function ErrorBar({ t, message, onDismiss }: { t: Strings; message: string | Bilingual | null; onDismiss?: () => void }) {
  if (!message) return null;
  const text = typeof message === "string" ? message : message[t.lang];
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.error}</MessageBarTitle>
        {typeof message === "string" ? t.unexpected(text) : text}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            {t.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
