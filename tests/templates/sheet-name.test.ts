/** Sheet names (spec §1.4): unique (case-insensitive), ≤ 31 characters, no : \ / ? * [ ]. */
import {
  MAX_SHEET_NAME_LENGTH,
  cleanSheetName,
  uniqueSheetName,
} from "../../src/templates/sheet-name";

describe("uniqueSheetName", () => {
  test("free names are kept; taken ones get (2), (3) …", () => {
    expect(uniqueSheetName("活动策划 - 双11", [])).toBe("活动策划 - 双11");
    expect(uniqueSheetName("活动策划 - 双11", ["活动策划 - 双11"])).toBe("活动策划 - 双11 (2)");
    expect(uniqueSheetName("活动策划 - 双11", ["活动策划 - 双11", "活动策划 - 双11 (2)"])).toBe(
      "活动策划 - 双11 (3)"
    );
  });

  test("comparison ignores case, as Excel does", () => {
    expect(uniqueSheetName("Campaign Plan - Q4", ["campaign plan - q4"])).toBe(
      "Campaign Plan - Q4 (2)"
    );
  });

  test("names are cut to 31 characters, also with the suffix", () => {
    const long = "Campaign Plan - Singles' Day Mega Sale 2025";
    const first = uniqueSheetName(long, []);
    expect(first).toBe(long.slice(0, 31));
    const second = uniqueSheetName(long, [first]);
    expect(second).toBe(`${long.slice(0, 27).trimEnd()} (2)`);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    const chinese = "活动策划 - 二零二五年双十一全球狂欢购物节暨年终大促主会场活动";
    expect(uniqueSheetName(chinese, [cleanSheetName(chinese)]).length).toBeLessThanOrEqual(31);
  });

  test("a surrogate pair (emoji) is never split", () => {
    const name = `${"a".repeat(30)}🎉`;
    expect(cleanSheetName(name)).toBe("a".repeat(30));
  });

  test("forbidden characters : \\ / ? * [ ] are removed, apostrophes at the ends too", () => {
    expect(cleanSheetName("Plan: 2025/11 [A*B]? \\x")).toBe("Plan 202511 AB x");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("Singles' Day")).toBe("Singles' Day");
    expect(cleanSheetName("[]:*?")).toBe("Sheet");
  });
});
