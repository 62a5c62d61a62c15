"""The consolidation job done the usual way, with pandas + openpyxl, for comparison.

Reads every agency annex in a folder (each workbook opened once; header row found by its
"Chỉ tiêu" cell, columns mapped by header text), merges the figures per target, lists the
targets reported differently by several agencies, and writes the consolidated workbook.
Usage: python3 consolidate_pandas.py DIR OUT.xlsx
→ prints {"import": seconds to import pandas, "total": seconds for the job itself, "cpu": its CPU seconds} as JSON.
The job is timed after the imports, as the kehoach side is timed after its modules load.
"""
import json
import sys
import time
import unicodedata
from pathlib import Path

started = time.perf_counter()
import pandas as pd  # noqa: E402
import openpyxl  # noqa: E402,F401  (pandas imports it lazily: loaded here so the job does not pay for it)

imported = time.perf_counter()
imported_cpu = time.process_time()


def fold(text):
    text = unicodedata.normalize("NFD", str(text)).replace("đ", "d").replace("Đ", "D")
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Mn").lower().split())


WANTED = {
    "ma chi tieu": "target",
    "chi tieu": "name",
    "thuc hien ky bao cao": "actual",
    "thuc hien cung ky nam truoc": "last_year",
    "uoc thuc hien ca nam": "estimate",
}


def read_annex(path):
    book = pd.ExcelFile(path, engine="openpyxl")
    meta = book.parse("_kehoach", dtype=str)
    agency = meta.loc[0, "agency"]
    raw = book.parse(meta.loc[0, "sheet"], header=None)
    header_row = next(i for i, row in raw.iterrows() if any(fold(v) == "chi tieu" for v in row.values))
    frame = raw.iloc[header_row + 1 :].copy()
    frame.columns = [WANTED.get(fold(h)) for h in raw.iloc[header_row].values]
    frame = frame.loc[:, [c for c in frame.columns if c]]
    frame = frame[frame["target"].notna()]
    frame["agency"] = agency
    return frame


def main():
    folder, out = Path(sys.argv[1]), sys.argv[2]
    frames = [read_annex(p) for p in sorted(folder.glob("*.xlsx"))]
    data = pd.concat(frames, ignore_index=True)
    for column in ("actual", "last_year", "estimate"):
        data[column] = pd.to_numeric(data[column], errors="coerce")
    spread = data.groupby("target")["actual"].nunique()
    conflicts = data[data["target"].isin(spread[spread > 1].index)]
    merged = data.groupby(["target", "name"], as_index=False).agg(
        actual=("actual", "first"), last_year=("last_year", "first"), estimate=("estimate", "first"), agencies=("agency", "nunique")
    )
    completeness = data.groupby("agency", as_index=False).agg(expected=("target", "size"), reported=("actual", "count"))
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        merged.to_excel(writer, sheet_name="Tong hop", index=False)
        completeness.to_excel(writer, sheet_name="Day du", index=False)
        conflicts.to_excel(writer, sheet_name="Xung dot", index=False)
    print(json.dumps({"import": round(imported - started, 3), "total": round(time.perf_counter() - imported, 3), "cpu": round(time.process_time() - imported_cpu, 3)}))


if __name__ == "__main__":
    main()
