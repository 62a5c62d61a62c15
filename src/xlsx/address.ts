/** A1 addresses. */
import type { Area } from "../core/annex/layout";

export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function areaAddress(a: Area): string {
  const tl = `${columnLetter(a.left)}${a.top}`;
  const br = `${columnLetter(a.right)}${a.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}
