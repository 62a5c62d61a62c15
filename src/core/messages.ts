/** The two languages of every message the product shows. Vietnamese first. */
export type Lang = "vi" | "en";

/** A message (or any words: a table's header row) in both languages, Vietnamese first. */
export interface Bilingual<T = string> {
  vi: T;
  en: T;
}

/** The one way to pick the user's language: `say({ vi: "…", en: "…" }, lang)`, never `lang === "en" ? … : …`. */
export function say<T>(message: Bilingual<T>, lang: Lang = "vi"): T {
  return message[lang];
}

/** A class, not an object literal with getters: V8 builds those slowly, and an annex makes one per row. */
class LazyBilingual implements Bilingual {
  private viText?: string;
  private enText?: string;
  constructor(private readonly write: Bilingual<() => string>) {}

  get vi(): string {
    return (this.viText ??= this.write.vi());
  }

  get en(): string {
    return (this.enText ??= this.write.en());
  }

  toJSON(): Bilingual {
    return { vi: this.vi, en: this.en };
  }
}

/**
 * A message whose two languages are written only when read: for messages built by the thousand
 * (one reason per annex row) of which most are shown in one language or not at all.
 */
export function lazily(write: Bilingual<() => string>): Bilingual {
  return new LazyBilingual(write);
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
