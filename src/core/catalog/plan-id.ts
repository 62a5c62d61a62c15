/** A plan id from a file name ("KH-123 Bắc Giang.docx" → "kh-123-bac-giang"), for documents and tables alike. */
import { slugify } from "../text/normalize";

export function planIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return slugify(base.replace(/\.[a-z0-9]{1,5}$/i, "")) || "ke-hoach";
}
