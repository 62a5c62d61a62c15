/** Run one user operation at a time; keep its error for a MessageBar (never only the console). */
import { useCallback, useRef, useState } from "react";
import { BilingualError, type Bilingual } from "../../core/messages";

export function useOperation() {
  const [busy, setBusy] = useState(false);
  // Bilingual when the error says it in both languages: shown in whichever the pane is in then.
  const [error, setError] = useState<string | Bilingual | null>(null);
  const running = useRef(false);
  const run = useCallback(async <T,>(operation: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await operation();
    } catch (e) {
      setError(e instanceof BilingualError ? e.bilingual : e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
