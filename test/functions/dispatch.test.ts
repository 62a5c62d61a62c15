/** The Excel side of KH.*: lazy engine, then synchronous answers; FunctionError → CustomFunctions.Error. */
class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeExcelError,
    ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!" },
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

/** What `work` throws (undefined when it returns). */
function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (e) {
    return e;
  }
  return undefined;
}

test("cold start returns a promise; once warm, values come back synchronously", async () => {
  const { call } = await import("../../src/functions/dispatch");
  const cold = call<unknown>("LIST", []);
  expect(cold).toBeInstanceOf(Promise);
  const list = (await cold) as unknown[][];
  expect(list[0][0]).toBe("Mã");
  const firstId = list[1][0] as string;
  const warm = call<number>("TARGET", [firstId]);
  expect(typeof warm).toBe("number");
});

test("an unknown id throws #N/A with a Vietnamese message naming it", async () => {
  const { call } = await import("../../src/functions/dispatch");
  await call("LIST", []);
  const thrown = thrownBy(() => call("TARGET", ["khong-co"]));
  expect(thrown).toBeInstanceOf(FakeExcelError);
  expect((thrown as FakeExcelError).code).toBe("#N/A");
  expect((thrown as FakeExcelError).message).toContain('"khong-co"');
});

test("inside a range, an error is returned in its cell rather than thrown", async () => {
  const { call } = await import("../../src/functions/dispatch");
  const list = (await call("LIST", [])) as unknown[][];
  const result = call<unknown[][]>("STATUS", [[[list[1][0]], ["nope"]], [[""], [""]]]);
  expect(result[0][0]).toBe("Chưa có số liệu");
  expect(result[1][0]).toBeInstanceOf(FakeExcelError);
});

test("one runner for Excel and the preview: more arguments than declared is #VALUE! naming the parameters", async () => {
  const { runFunction } = await import("../../src/functions/run");
  const { catalog } = await import("./fixture");
  const result = runFunction({ catalog }, "DEADLINE", ["2024-Q2", "t", "extra"]) as { kind: string; text: { vi: string } };
  expect(result.kind).toBe("invalidValue");
  expect(result.text.vi).toContain("period, plan");
  expect(runFunction({ catalog }, "TARGET", ["t.forest"])).toBe(37.6);
});

describe("an Excel without CustomFunctionsRuntime 1.2 (no error objects)", () => {
  beforeAll(() => {
    (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: (set: string, v: string) => !(set === "CustomFunctionsRuntime" && v >= "1.2") } } };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).Office;
  });

  test("an error is a plain Error (#VALUE!) with the message, never a CustomFunctions.Error the runtime lacks", async () => {
    const { call } = await import("../../src/functions/dispatch");
    await call("LIST", []);
    const thrown = thrownBy(() => call("TARGET", ["khong-co"]));
    expect(thrown).not.toBeInstanceOf(FakeExcelError);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toContain('"khong-co"');
    const list = (await call("LIST", [])) as unknown[][];
    const range = call<unknown[][]>("STATUS", [[[list[1][0]], ["nope"]], [[""], [""]]]);
    expect(range[1][0]).toEqual(expect.stringContaining('"nope"'));
  });
});
