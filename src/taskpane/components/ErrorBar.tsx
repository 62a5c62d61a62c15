import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Bilingual } from "../../core/messages";
import type { Strings } from "../i18n";

export function ErrorBar({ t, message, onDismiss }: { t: Strings; message: string | Bilingual | null; onDismiss?: () => void }) {
  if (!message) return null;
  const text = typeof message === "string" ? message : message[t.lang];
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {/* One heading, then the text: an unexplained error is titled as such, never "Lỗi" + "Đã xảy ra lỗi". */}
        <MessageBarTitle>{typeof message === "string" ? t.unexpected : t.error}</MessageBarTitle> {text}
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
