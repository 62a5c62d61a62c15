/** The loaded side of the KH.* functions: the active catalog and the spec table. */
import { catalogSource } from "../catalog-source/runtime";
import type { CatalogSource } from "../catalog-source";
import type { FunctionName } from "./declarations";
import { runFunction } from "./run";

export interface Engine {
  ready(): boolean;
  whenReady(): Promise<Engine>;
  /** The result, or a FunctionError (returned, never thrown, so the adapter decides how to show it). */
  run(name: FunctionName, args: unknown[]): unknown;
}

export async function createEngine(source: CatalogSource = catalogSource()): Promise<Engine> {
  await source.get();
  const engine: Engine = {
    ready: () => source.peek() !== null,
    whenReady: async () => {
      await source.get();
      return engine;
    },
    run(name, args) {
      const active = source.peek();
      if (!active) throw new Error("catalog not loaded");
      return runFunction({ catalog: active.catalog }, name, args);
    },
  };
  return engine;
}
