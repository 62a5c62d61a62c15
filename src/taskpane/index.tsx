import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { createExcelPort } from "../excel/port";
import { themeFor } from "./theme";

Office.onReady(() => {
  const theme = themeFor(Office.context?.officeTheme);
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <main>
        <App port={createExcelPort()} />
      </main>
    </FluentProvider>,
  );
});
