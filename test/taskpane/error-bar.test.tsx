/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { STRINGS } from "../../src/taskpane/i18n";
import { mount, unmount } from "./dom";

afterEach(unmount);

const explained = { vi: "Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc.", en: "Excel is editing a cell: press Enter or Esc." };

test("an explained error is shown in the pane's language, as an instruction", async () => {
  const vi = await mount(
    <FluentProvider theme={webLightTheme}>
      <ErrorBar t={STRINGS.vi} message={explained} />
    </FluentProvider>,
  );
  expect(vi.textContent).toContain(explained.vi);
  expect(vi.textContent).not.toContain("Đã xảy ra lỗi:");
  await unmount();
  const en = await mount(
    <FluentProvider theme={webLightTheme}>
      <ErrorBar t={STRINGS.en} message={explained} />
    </FluentProvider>,
  );
  expect(en.textContent).toContain(explained.en);
});

test("an unexplained error keeps its own text, introduced as unexpected", async () => {
  const el = await mount(
    <FluentProvider theme={webLightTheme}>
      <ErrorBar t={STRINGS.vi} message="GeneralException" />
    </FluentProvider>,
  );
  expect(el.textContent).toContain("Lỗi ngoài dự kiến: GeneralException");
  // One heading, not "Lỗi" followed by "Đã xảy ra lỗi".
  expect(el.textContent).not.toMatch(/Lỗi\s*Đã xảy ra lỗi/);
});
