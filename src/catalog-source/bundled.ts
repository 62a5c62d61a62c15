/** The catalog shipped with the add-in: every file in seeds/ (a test checks none is missing here). */
import type { CatalogInput } from "../core/catalog";
import bgNq96 from "../../seeds/bg-nq96.json";
import bgNq29 from "../../seeds/bg-nq29.json";
import bg2022 from "../../seeds/bg-2022.json";
import bg2024 from "../../seeds/bg-2024.json";
import qnCds2024 from "../../seeds/qn-cds-2024.json";

export const BUNDLED_CATALOG_FILES: CatalogInput[] = [
  { file: "bg-nq96.json", data: bgNq96 },
  { file: "bg-nq29.json", data: bgNq29 },
  { file: "bg-2022.json", data: bg2022 },
  { file: "bg-2024.json", data: bg2024 },
  { file: "qn-cds-2024.json", data: qnCds2024 },
];
