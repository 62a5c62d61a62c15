/** A1 addresses as Office.js returns them: "'Chỉ tiêu (2)'!C5:L25". */

export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", range: address };
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5:L25" → first row 5, first column 2 (0-based column). */
export function topLeft(range: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(range);
  if (!m) throw new Error(`Địa chỉ ô không hợp lệ: ${range}`);
  return { row: Number(m[2]), column: columnIndex(m[1]) };
}

export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  return `${columnLetters(column)}${row}:${columnLetters(column + columns - 1)}${row + rows - 1}`;
}
