/**
 * Task pane entry: pick a template, fill a short form, press one button (spec templates §1–§4).
 * Inside Excel the button inserts the template as a new sheet (render/office.ts); opened in an ordinary
 * browser (Office.onReady reports no host) it downloads the same template as an .xlsx file instead.
 * The pane speaks Excel's display language (the browser's outside Office) and can be switched.
 */
import type { Language } from "../functions/language";
import { renderSheet } from "../render/office";
import { SheetInsertError } from "../render/office-errors";
import { buildTemplate, demoForm, validateForm, type TemplateId } from "../templates";
import { downloadXlsx } from "./download";
import { FormView } from "./form-view";
import { PANE_TEXT, paneLanguage } from "./i18n";
import { worksheetNames } from "./workbook-sheets";

type Host = "excel" | "browser";

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from taskpane.html`);
  return el as T;
}

class TaskPane {
  private template: TemplateId = "campaign-plan";
  private busy = false;
  private readonly form = new FormView(byId("fields"));
  private readonly submit = byId<HTMLButtonElement>("submit");
  private readonly status = byId("status");
  private readonly error = byId("error");
  private readonly demo = byId<HTMLInputElement>("demo-toggle");

  constructor(
    private readonly host: Host,
    private language: Language
  ) {
    byId<HTMLFormElement>("template-form").addEventListener("submit", (event) => {
      event.preventDefault();
      void this.build();
    });
    byId("fill-example").addEventListener("click", () => this.fillExample());
    for (const radio of Array.from(
      document.querySelectorAll<HTMLInputElement>('input[name="template"]')
    )) {
      radio.addEventListener("change", () => this.chooseTemplate(radio.value as TemplateId));
    }
    for (const toggle of Array.from(
      document.querySelectorAll<HTMLButtonElement>("[data-language]")
    )) {
      toggle.addEventListener("click", () => this.setLanguage(toggle.dataset.language as Language));
    }
    this.setLanguage(language);
    if (host === "excel") void this.loadPlanSheets();
  }

  /** Redraws every text of the pane in `language`, keeping what was typed. */
  setLanguage(language: Language): void {
    this.language = language;
    const text = PANE_TEXT[language];
    document.documentElement.lang = language;
    document.title = text.documentTitle;
    byId("tagline").textContent = text.tagline;
    byId("language-switch").setAttribute("aria-label", text.languageGroup);
    for (const toggle of Array.from(
      document.querySelectorAll<HTMLButtonElement>("[data-language]")
    )) {
      toggle.setAttribute("aria-pressed", String(toggle.dataset.language === language));
    }
    byId("template-legend").textContent = text.templateLegend;
    for (const id of ["campaign-plan", "kpi-review"] as const) {
      document.querySelector(`[data-text="${id}-name"]`)!.textContent = text.templates[id].name;
      document.querySelector(`[data-text="${id}-description"]`)!.textContent =
        text.templates[id].description;
    }
    byId("details-title").textContent = text.detailsLegend;
    byId("demo-toggle-label").textContent = text.demoToggle;
    byId("demo-toggle-help").textContent = text.demoToggleHelp;
    byId("fill-example-label").textContent = text.fillExample;
    this.showSubmitLabel();
    byId("host-note").textContent = this.host === "excel" ? text.insideExcel : text.outsideExcel;
    byId("help-link").textContent = text.helpLink;
    this.clearMessages();
    this.form.render(this.template, language);
  }

  private chooseTemplate(template: TemplateId): void {
    this.template = template;
    this.clearMessages();
    this.form.render(template, this.language);
  }

  private fillExample(): void {
    this.clearMessages();
    this.form.fill(demoForm(this.template, this.language));
    this.demo.checked = true;
  }

  /** Offers the workbook's sheets as the KPI review's linked campaign plan (inside Excel only). */
  private async loadPlanSheets(): Promise<void> {
    try {
      this.form.setChoices("planSheet", await worksheetNames());
    } catch {
      this.form.setChoices("planSheet", null); // the field is optional: without the list it is left out
    }
  }

  private clearMessages(): void {
    this.status.textContent = "";
    this.status.classList.remove("success");
    this.error.textContent = "";
  }

  /** "Insert sheet" inside Excel, "Download .xlsx" outside, "Building the sheet…" while busy. */
  private showSubmitLabel(): void {
    const text = PANE_TEXT[this.language];
    byId("submit-label").textContent = this.busy
      ? text.building
      : this.host === "excel"
        ? text.insert
        : text.download;
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.submit.disabled = busy;
    this.submit.classList.toggle("busy", busy);
    byId("template-form").setAttribute("aria-busy", String(busy));
    this.showSubmitLabel();
    if (busy) this.status.textContent = PANE_TEXT[this.language].building;
  }

  /** Validates the form, builds the template and inserts or downloads it. */
  private async build(): Promise<void> {
    if (this.busy) return;
    this.clearMessages();
    const text = PANE_TEXT[this.language];
    const { params, errors } = validateForm(this.template, this.form.read(), this.language);
    const first = this.form.showErrors(errors);
    if (!params) {
      this.status.textContent = text.checkFields(Object.keys(errors).length);
      first?.focus();
      return;
    }
    this.setBusy(true);
    try {
      const spec = buildTemplate(this.template, { ...params, demo: this.demo.checked });
      if (this.host === "excel") {
        const sheet = await renderSheet(spec);
        this.succeed(text.inserted(sheet));
        void this.loadPlanSheets();
      } else {
        this.succeed(text.downloaded(await downloadXlsx(spec)));
      }
    } catch (err) {
      this.status.textContent = "";
      // Excel's failures come explained (SheetInsertError); anything else happened before Excel was asked.
      this.error.textContent =
        err instanceof SheetInsertError
          ? err.text[this.language]
          : this.host === "excel"
            ? text.buildFailed(err instanceof Error ? err.message : String(err))
            : text.downloadFailed;
      console.error(err);
    } finally {
      this.setBusy(false);
    }
  }

  private succeed(message: string): void {
    this.status.textContent = message;
    this.status.classList.add("success");
  }
}

if (typeof Office === "undefined") {
  // office.js could not be loaded (offline, blocked CDN): still usable as a download page.
  new TaskPane("browser", paneLanguage(navigator.language));
} else {
  Office.onReady((info) => {
    const host: Host = info.host ? "excel" : "browser";
    new TaskPane(
      host,
      paneLanguage(host === "excel" ? Office.context.displayLanguage : navigator.language)
    );
  });
}
