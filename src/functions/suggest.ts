/** Closest ids to a mistyped one, for "Có phải: …?" in #N/A messages (the rule lives in core/text/closest). */
export { closestIds } from "../core/text";
