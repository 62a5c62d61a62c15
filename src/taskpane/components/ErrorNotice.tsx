/**
 * The first screen's error bar, loaded only when there is an error: Fluent's MessageBar stays out of
 * the first load. Until it arrives, or if it cannot load (offline), the message shows as plain text.
 */
import { lazy, Suspense } from "react";
import type { Bilingual } from "../../core/messages";
import type { Strings } from "../i18n";

interface Props {
  t: Strings;
  message: string | Bilingual | null;
  onDismiss?: () => void;
}

function PlainError({ t, message, onDismiss }: Props) {
  if (!message) return null;
  const text = typeof message === "string" ? `${t.unexpected} ${message}` : `${t.error}: ${message[t.lang]}`;
  return (
    <div role="alert">
      {text}{" "}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t.dismiss}
        </button>
      )}
    </div>
  );
}

const FluentErrorBar = lazy(() =>
  import(/* webpackChunkName: "error-bar" */ "./ErrorBar").then(
    (m) => ({ default: m.ErrorBar }),
    () => ({ default: PlainError }),
  ),
);

export function ErrorNotice(props: Props) {
  if (!props.message) return null;
  return (
    <Suspense fallback={<PlainError {...props} />}>
      <FluentErrorBar {...props} />
    </Suspense>
  );
}
