import { containingFirst, MISSED_RULE, ruleFor, STATUS_RULE, STATUS_RULES } from "../../../src/core/sheet/status-rules";
import { TONE_COLORS } from "../../../src/core/sheet/status";
import { MISSED_LABEL, STATUS_LABELS } from "../../../src/core/evaluate/labels";

const hex = (c: { fill: string; font: string }) => ({ fill: `#${c.fill}`, font: `#${c.font}` });

describe("status column colours", () => {
  test("off track red, at risk amber, achieved and on track green: the annex's colours", () => {
    expect(ruleFor(STATUS_LABELS.off_track.vi)).toMatchObject(hex(TONE_COLORS.bad));
    expect(ruleFor(STATUS_LABELS.at_risk.vi)).toMatchObject(hex(TONE_COLORS.warn));
    expect(ruleFor(STATUS_LABELS.achieved.vi)).toMatchObject(hex(TONE_COLORS.good));
    expect(ruleFor(STATUS_LABELS.on_track.vi)).toMatchObject(hex(TONE_COLORS.good));
  });

  test("matches like Excel's 'text contains', ignoring case; no data and other text stay uncoloured", () => {
    expect(ruleFor(`${STATUS_LABELS.off_track.vi.toLocaleUpperCase("vi")} (thiếu 2,5)`)).toBe(STATUS_RULE.off_track);
    expect(ruleFor(STATUS_LABELS.no_data.vi)).toBeUndefined();
    expect(ruleFor("ghi chú")).toBeUndefined();
  });

  test("one rule per coloured word, worst first; a final miss before the 'Đạt' it contains", () => {
    expect(STATUS_RULES.map((r) => r.text)).toEqual([MISSED_LABEL.vi, ...(["off_track", "at_risk", "achieved", "on_track"] as const).map((s) => STATUS_LABELS[s].vi)]);
  });

  test("'Không đạt' is red, though it contains 'đạt'", () => {
    expect(ruleFor(MISSED_LABEL.vi)).toBe(MISSED_RULE);
    expect(ruleFor(MISSED_LABEL.vi)).toMatchObject(hex(TONE_COLORS.bad));
  });

  test("containingFirst puts a word before the words it contains, keeping the rest in order", () => {
    const words = ["Vượt", "Đạt", "Chậm tiến độ", "Không đạt"].map((text) => ({ text }));
    expect(containingFirst(words).map((w) => w.text)).toEqual(["Không đạt", "Vượt", "Đạt", "Chậm tiến độ"]);
  });
});
