/**
 * A few DOM helpers for component tests. (@testing-library/react needs @testing-library/dom, which
 * is not installed; React's act and plain DOM queries are enough here.)
 */
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { TextDecoder, TextEncoder } from "node:util";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lacks these browser globals.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });
// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

let root: Root | null = null;
let container: HTMLElement | null = null;

export async function mount(node: ReactNode): Promise<HTMLElement> {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root!.render(node));
  return container;
}

export async function unmount(): Promise<void> {
  if (root) await act(async () => root!.unmount());
  container?.remove();
  root = null;
  container = null;
}

/** The accessible name, as far as these tests need it: aria-label, aria-labelledby, label[for], text. */
export function nameOf(el: Element): string {
  const label = el.getAttribute("aria-label");
  if (label) return label;
  const by = el.getAttribute("aria-labelledby");
  if (by) return by.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
  if (el.id) {
    const forLabel = document.querySelector(`label[for="${el.id}"]`);
    if (forLabel) return forLabel.textContent?.trim() ?? "";
  }
  return el.textContent?.trim() ?? "";
}

const ROLE_SELECTORS: Record<string, string> = {
  button: "button, [role=button]",
  checkbox: "input[type=checkbox]",
  radio: "input[type=radio]",
  switch: "input[role=switch]",
  tab: "[role=tab]",
  searchbox: "input[type=search], [role=searchbox]",
  alert: "[role=alert]",
  status: "[role=status]",
  list: "ul, ol, [role=list]",
  region: "section[aria-labelledby], [role=region]",
  table: "table",
  textbox: "input:not([type]), input[type=text], textarea",
};

export function allByRole(role: string, name?: string | RegExp, within: ParentNode = document): HTMLElement[] {
  const found = [...within.querySelectorAll<HTMLElement>(ROLE_SELECTORS[role] ?? `[role=${role}]`)];
  if (name === undefined) return found;
  return found.filter((el) => (typeof name === "string" ? nameOf(el) === name : name.test(nameOf(el))));
}

export async function waitFor<T>(find: () => T | null | undefined | false, timeoutMs = 10000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = find();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`waitFor timed out: ${find.toString()}\n${document.body.innerHTML.slice(0, 3000)}`);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
  }
}

export const byRole = (role: string, name?: string | RegExp, within?: ParentNode) =>
  waitFor(() => allByRole(role, name, within)[0]);

export async function click(el: Element): Promise<void> {
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Type into a React-controlled input: set the value through the native setter, then fire input. */
export async function typeInto(el: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    setter.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
