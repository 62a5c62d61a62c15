/** Colours and fonts of the annex, shared by the ExcelJS and Office.js writers. */
export const FONT_NAME = "Times New Roman";
export const HEADER_FILL = "D9E1F2";
export const GROUP_FILL = "F2F2F2";
/** Cells an agency types into are visibly distinct from the locked ones. */
export const INPUT_FILL = "FFF8DC";
