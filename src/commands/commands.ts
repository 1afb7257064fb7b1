/**
 * The ribbon's function file. The only ribbon control (Home › ECOM Ops › Plans & Reviews) opens the task
 * pane through the manifest's ShowTaskpane action, so no command functions are needed; Office still
 * requires the page to initialise Office.js.
 */
Office.onReady(() => undefined);
