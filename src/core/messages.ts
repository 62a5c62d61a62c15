/** The two languages of every message the product shows. Vietnamese first. */
export type Lang = "vi" | "en";

export interface Bilingual {
  vi: string;
  en: string;
}

export function say(message: Bilingual, lang: Lang = "vi"): string {
  return message[lang];
}

/** The failed side of every `{ ok: true, … } | { ok: false, error }` result in the product. */
export interface Failure {
  ok: false;
  error: Bilingual;
}

export function failure(vi: string, en: string): Failure {
  return { ok: false, error: { vi, en } };
}

/** An error a user can be shown in either language (`message` is the Vietnamese). */
export class BilingualError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.vi);
    this.name = "BilingualError";
  }
}
