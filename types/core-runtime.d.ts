/**
 * The few web-standard APIs (WHATWG, present in every browser, Office's runtimes and Node) the pure
 * core may use beyond ECMAScript. Only tsconfig.core.json reads this file: the core is compiled with
 * lib ES2023 and no DOM/Node/Office types, so anything else a core module reaches for fails to compile.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
