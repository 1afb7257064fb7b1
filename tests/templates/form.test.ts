/**
 * The form contract: field lists, validation with plain-words messages in both languages, the demo
 * parameters, and buildTemplate's guard against parameters of the other template.
 */
import { TEMPLATE_FIELDS, buildTemplate, demoParams, validateForm } from "../../src/templates";
import type { CampaignPlanParams } from "../../src/templates";

const VALID_PLAN = {
  name: "双11",
  start: "2025-10-20",
  end: "2025-11-13",
  budget: "500000",
  margin: "40%",
  channels: ["抖音"],
};

describe("TEMPLATE_FIELDS", () => {
  test("campaign plan asks for the spec §2 form fields; currency defaults to CNY", () => {
    expect(TEMPLATE_FIELDS["campaign-plan"].map((f) => f.key)).toEqual([
      "name",
      "theme",
      "start",
      "end",
      "budget",
      "currency",
      "margin",
      "owner",
      "channels",
      "language",
    ]);
    expect(TEMPLATE_FIELDS["campaign-plan"].find((f) => f.key === "currency")?.defaultValue).toBe(
      "CNY"
    );
    const channels = TEMPLATE_FIELDS["campaign-plan"].find((f) => f.key === "channels")!;
    expect(channels).toMatchObject({ kind: "multiselect", allowFreeText: true });
    expect(channels.options!.map((o) => o.value)).toEqual(
      expect.arrayContaining(["直通车", "引力魔方", "万相台", "抖音", "小红书", "搜索"])
    );
  });

  test("KPI review asks for title, period, language and an optional plan sheet", () => {
    const fields = TEMPLATE_FIELDS["kpi-review"];
    expect(fields.map((f) => f.key)).toEqual(["title", "start", "end", "language", "planSheet"]);
    expect(fields.find((f) => f.key === "planSheet")?.required).toBe(false);
  });

  test("every label and help text exists in both languages", () => {
    for (const field of Object.values(TEMPLATE_FIELDS).flat()) {
      for (const text of [field.label, field.help, ...(field.options ?? []).map((o) => o.label)]) {
        if (text)
          expect([text["zh-CN"].length > 0, text["en-US"].length > 0]).toEqual([true, true]);
      }
    }
  });
});

describe("validateForm", () => {
  test("valid input gives typed parameters", () => {
    const { params, errors } = validateForm(
      "campaign-plan",
      { ...VALID_PLAN, budget: "¥500,000", channels: ["抖音", "Xiaohongshu", "自播间", "抖音"] },
      "zh-CN"
    );
    expect(errors).toEqual({});
    expect(params).toEqual({
      template: "campaign-plan",
      name: "双11",
      theme: "",
      start: "2025-10-20",
      end: "2025-11-13",
      budget: 500000,
      currency: "CNY",
      margin: 0.4,
      owner: "",
      channels: ["抖音", "小红书", "自播间"],
      language: "zh-CN",
      demo: false,
    });
  });

  test.each([
    ["35%", 0.35],
    ["0.35", 0.35],
    ["100%", 1],
    ["1", 1],
  ])("margin %s is accepted as %d", (margin, expected) => {
    expect(
      (
        validateForm("campaign-plan", { ...VALID_PLAN, margin }, "en-US")
          .params as CampaignPlanParams
      ).margin
    ).toBe(expected);
  });

  test.each(["35", "0", "-10%", "abc", "120%"])("margin %s is refused", (margin) => {
    const { params, errors } = validateForm("campaign-plan", { ...VALID_PLAN, margin }, "en-US");
    expect(params).toBeUndefined();
    expect(errors.margin).toBe("Gross margin must be above 0 and at most 100%, e.g. 35% or 0.35.");
  });

  test("plain messages in the chosen language: empty, not a date, end before start, budget not positive", () => {
    const raw = {
      name: "",
      start: "2025-11-31",
      end: "2025-11-01",
      budget: "0",
      margin: "40%",
      channels: [],
    };
    expect(validateForm("campaign-plan", raw, "zh-CN").errors).toEqual({
      name: "请填写「活动名称」。",
      start: "「开始日期」不是有效日期，请按 2025-11-11 的格式填写。",
      budget: "「总预算」须为大于 0 的数字，例如 500000。",
      channels: "请填写「推广渠道」。",
    });
    const later = { ...VALID_PLAN, start: "2025-11-13", end: "2025-10-20", budget: "-5" };
    expect(validateForm("campaign-plan", later, "en-US").errors).toEqual({
      end: "The end date is before the start date.",
      budget: "Total budget must be a number greater than 0, e.g. 500000.",
    });
  });

  test("select fields refuse values outside the list; the sheet language defaults to the form's", () => {
    expect(
      validateForm("campaign-plan", { ...VALID_PLAN, currency: "BTC" }, "en-US").errors
    ).toEqual({
      currency: "Please choose Currency from the list.",
    });
    expect(
      validateForm("kpi-review", { title: "Q4", start: "2025-10-01", end: "2025-12-31" }, "en-US")
        .params
    ).toEqual({
      template: "kpi-review",
      title: "Q4",
      start: "2025-10-01",
      end: "2025-12-31",
      language: "en-US",
      planSheet: undefined,
      demo: false,
    });
  });
});

describe("demoParams and buildTemplate", () => {
  test("the demo is a 双11 campaign with real-looking numbers", () => {
    expect(demoParams("campaign-plan", "zh-CN")).toMatchObject({
      name: "双11",
      start: "2025-10-20",
      end: "2025-11-13",
      budget: 500000,
      currency: "CNY",
      margin: 0.4,
      channels: ["直通车", "引力魔方", "万相台", "抖音", "小红书", "搜索"],
      demo: true,
    });
    expect(demoParams("kpi-review", "en-US")).toMatchObject({ title: "Singles' Day", demo: true });
  });

  test("sheet names follow the spec's example", () => {
    expect(buildTemplate("campaign-plan", demoParams("campaign-plan", "zh-CN")).name).toBe(
      "活动策划 - 双11"
    );
    expect(buildTemplate("kpi-review", demoParams("kpi-review", "zh-CN")).name).toBe("复盘 - 双11");
  });

  test("parameters of the other template are refused", () => {
    expect(() => buildTemplate("kpi-review", demoParams("campaign-plan", "en-US"))).toThrow(
      /campaign-plan/
    );
  });
});
