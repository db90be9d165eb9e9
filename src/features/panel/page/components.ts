// The Fluent 2 web components the panel uses, registered once (tree-shaken: only these are in the bundle).
import "@fluentui/web-components/button/define.js";
import "@fluentui/web-components/badge/define.js";
import "@fluentui/web-components/divider/define.js";
import "@fluentui/web-components/message-bar/define.js";
import "@fluentui/web-components/text-input/define.js";
import "@fluentui/web-components/textarea/define.js";
