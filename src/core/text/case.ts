/** Letter case of Vietnamese text: the first letter made capital ("hộ nghèo" → "Hộ nghèo"). */

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
