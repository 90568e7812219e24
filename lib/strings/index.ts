export { common } from "./common";
export { seo } from "./seo";
export { schedulePages } from "./schedule-pages";
export { editor } from "./editor";
export { reader } from "./reader";
export { auth } from "./auth";
export { importStrings } from "./import";
export { imprintHeading, imprintLabels, settingsPage } from "./settings";
