import { z } from "zod";
import { CatalogSchema } from "./schema";

/** The catalog's JSON Schema, for editors and other tools; generated, never hand-edited. */
export function catalogJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CatalogSchema, { target: "draft-2020-12", unrepresentable: "any", io: "input" }),
    $id: "https://kehoach.example/seeds/catalog.schema.json",
    title: "Kế hoạch – danh mục chỉ tiêu (plan catalog)",
  };
}
