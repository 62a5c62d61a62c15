/** The two languages of every message the product shows. Vietnamese first. */
export type Lang = "vi" | "en";

export interface Bilingual {
  vi: string;
  en: string;
}

export function say(message: Bilingual, lang: Lang = "vi"): string {
  return message[lang];
}

/** An error that can be shown to the user in either language (`message` is the English). */
export class BilingualError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = "BilingualError";
  }
}
