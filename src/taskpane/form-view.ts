/**
 * The template form, drawn from TEMPLATE_FIELDS (src/templates/form.ts): one labelled control per field,
 * its help text and its validation message tied to the control with aria-describedby, aria-invalid on
 * fields with errors. Values typed so far survive a change of template or language. Text is always set
 * with textContent, never parsed as HTML.
 */
import type { Language } from "../functions/language";
import { TEMPLATE_FIELDS, type FieldSpec, type TemplateId } from "../templates";
import { PANE_TEXT } from "./i18n";

export type RawForm = Record<string, string | string[]>;

/** Splits a free-text list on commas (ASCII or Chinese) and the Chinese enumeration comma. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

const INPUT_MODES: Partial<Record<FieldSpec["kind"], string>> = {
  money: "decimal",
  number: "decimal",
  percent: "decimal",
};

export class FormView {
  private template: TemplateId = "campaign-plan";
  private language: Language = "en-US";
  private values: RawForm = {};
  private languageChosen = false;
  private choices: Record<string, string[]> = {};

  constructor(private readonly container: HTMLElement) {}

  /** Draws the fields of `template` in `language`, keeping the values entered so far. */
  render(template: TemplateId, language: Language): void {
    if (this.container.childElementCount > 0) this.values = { ...this.values, ...this.read() };
    this.template = template;
    this.language = language;
    if (!this.languageChosen) this.values.language = language;
    this.redraw();
  }

  /**
   * Options for a select whose options come from the workbook (the KPI review's campaign-plan sheet);
   * null hides the field (outside Excel there is no workbook to link).
   */
  setChoices(key: string, values: string[] | null): void {
    if (values === null) delete this.choices[key];
    else this.choices[key] = values;
    if (TEMPLATE_FIELDS[this.template].some((field) => field.key === key)) {
      this.render(this.template, this.language);
    }
  }

  /** The raw form values, as validateForm expects them. */
  read(): RawForm {
    const raw: RawForm = {};
    for (const field of this.fields()) {
      if (field.kind === "multiselect") {
        const checked = Array.from(
          this.container.querySelectorAll<HTMLInputElement>(`input[name="${field.key}"]:checked`)
        );
        const other = this.control(`${field.key}-other`)?.value ?? "";
        raw[field.key] = [...checked.map((box) => box.value), ...splitList(other)];
      } else {
        const control = this.control(field.key);
        if (control) raw[field.key] = control.value.trim();
      }
    }
    return raw;
  }

  /** Replaces the values (e.g. with the demo form) and redraws. */
  fill(raw: RawForm): void {
    this.values = { ...raw };
    this.languageChosen = typeof raw.language === "string" && raw.language !== this.language;
    this.redraw();
  }

  /** Rebuilds the fields from the stored values, keeping keyboard focus on the same control. */
  private redraw(): void {
    const focused = this.container.contains(document.activeElement)
      ? document.activeElement?.id
      : undefined;
    this.container.replaceChildren(...this.fields().map((field) => this.drawField(field)));
    if (focused) document.getElementById(focused)?.focus();
  }

  /** Shows validation messages by field key; returns the first control with an error (to focus). */
  showErrors(errors: Record<string, string>): HTMLElement | null {
    let first: HTMLElement | null = null;
    for (const field of this.fields()) {
      const message = errors[field.key] ?? "";
      const box = this.container.querySelector<HTMLElement>(`[data-field="${field.key}"]`);
      const error = this.container.querySelector<HTMLElement>(`#${this.id(field.key)}-error`);
      if (!box || !error) continue;
      error.textContent = message;
      error.hidden = message === "";
      box.classList.toggle("invalid", message !== "");
      const target = field.kind === "multiselect" ? box : this.control(field.key);
      if (target) {
        target.setAttribute("aria-invalid", String(message !== ""));
        const help = this.container.querySelector(`#${this.id(field.key)}-help`);
        const described = [
          help ? help.id : "",
          message ? `${this.id(field.key)}-error` : "",
        ].filter(Boolean);
        if (described.length > 0) target.setAttribute("aria-describedby", described.join(" "));
        else target.removeAttribute("aria-describedby");
      }
      if (message && !first) {
        first =
          field.kind === "multiselect"
            ? box.querySelector<HTMLElement>("input")
            : (this.control(field.key) as HTMLElement | null);
      }
    }
    return first;
  }

  /** The fields shown: workbook-choice selects only when their choices are known. */
  private fields(): FieldSpec[] {
    return TEMPLATE_FIELDS[this.template].filter(
      (field) =>
        !(
          field.kind === "select" &&
          (field.options ?? []).length === 0 &&
          !(field.key in this.choices)
        )
    );
  }

  private id(key: string): string {
    return `field-${key}`;
  }

  private control(key: string): HTMLInputElement | HTMLSelectElement | null {
    return this.container.querySelector<HTMLInputElement | HTMLSelectElement>(`#${this.id(key)}`);
  }

  private value(key: string): string {
    const value = this.values[key];
    return Array.isArray(value) ? value.join(", ") : (value ?? "");
  }

  private drawField(field: FieldSpec): HTMLElement {
    const lang = this.language;
    const id = this.id(field.key);
    const multi = field.kind === "multiselect";
    const box = element(multi ? "fieldset" : "div", { class: "field", "data-field": field.key });
    const title = element(
      multi ? "legend" : "label",
      multi ? { class: "field-label" } : { for: id, class: "field-label" }
    );
    title.append(field.label[lang]);
    if (field.required) {
      title.append(" ", element("span", { class: "required", "aria-hidden": "true" }, "*"));
    }
    box.append(title);

    // A group's help sits under its legend, before the choices; a control's help under the control.
    // Date fields show the browser's date picker in the user's locale, so "format 2025-10-20" help is left out.
    const help =
      field.help && field.kind !== "date"
        ? element("p", { id: `${id}-help`, class: "help" }, field.help[lang])
        : null;
    if (help && multi) box.append(help);
    const control = multi ? this.drawChips(field) : this.drawControl(field);
    box.append(control);
    if (help && !multi) box.append(help);
    const error = element("p", { id: `${id}-error`, class: "error" });
    error.hidden = true;
    box.append(error);
    const target = multi ? box : control;
    if (help) target.setAttribute("aria-describedby", help.id);
    if (field.required && !multi) target.setAttribute("aria-required", "true");
    return box;
  }

  private drawControl(field: FieldSpec): HTMLElement {
    const id = this.id(field.key);
    const lang = this.language;
    if (field.kind === "select") {
      const select = element("select", { id, name: field.key });
      const options = (field.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }));
      const fromWorkbook = this.choices[field.key];
      if (fromWorkbook) {
        options.push(
          { value: "", label: PANE_TEXT[lang].noPlanSheet },
          ...fromWorkbook.map((n) => ({ value: n, label: n }))
        );
      }
      for (const option of options) {
        select.append(element("option", { value: option.value }, option.label));
      }
      select.value = this.value(field.key) || field.defaultValue || options[0]?.value || "";
      if (field.key === "language") {
        // Once the user picks the sheet language it no longer follows the pane's language.
        select.addEventListener("change", () => (this.languageChosen = true));
      }
      return select;
    }
    const input = element("input", {
      id,
      name: field.key,
      type: field.kind === "date" ? "date" : "text",
      autocomplete: "off",
    });
    const mode = INPUT_MODES[field.kind];
    if (mode) input.setAttribute("inputmode", mode);
    input.value = this.value(field.key) || field.defaultValue || "";
    return input;
  }

  private drawChips(field: FieldSpec): HTMLElement {
    const lang = this.language;
    const chosen = Array.isArray(this.values[field.key])
      ? (this.values[field.key] as string[])
      : [];
    const known = new Set((field.options ?? []).map((o) => o.value));
    const wrap = element("div", { class: "field-body" });
    const chips = element("div", { class: "chips" });
    for (const option of field.options ?? []) {
      const chip = element("label", { class: "chip" });
      const box = element("input", { type: "checkbox", name: field.key, value: option.value });
      box.checked = chosen.includes(option.value);
      chip.append(box, element("span", {}, option.label[lang]));
      chips.append(chip);
    }
    wrap.append(chips);
    if (field.allowFreeText) {
      const otherId = `${this.id(field.key)}-other`;
      const text = PANE_TEXT[lang];
      const other = element("input", {
        id: otherId,
        type: "text",
        autocomplete: "off",
        "aria-describedby": `${otherId}-help`,
      });
      other.value = chosen.filter((v) => !known.has(v)).join(", ");
      wrap.append(
        element("label", { for: otherId, class: "sub-label" }, text.otherChannels),
        other,
        element("p", { id: `${otherId}-help`, class: "help" }, text.otherChannelsHelp)
      );
    }
    return wrap;
  }
}
