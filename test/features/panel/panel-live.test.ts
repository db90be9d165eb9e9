import assert from "node:assert/strict";
import axeCore from "axe-core";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { postActivity } from "../../../scripts/replay/bot-client";
import { message, type Person } from "../../../scripts/replay/activities";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { TeamsHostStandIn, type HostedPanel } from "../../browser/teams-host-standin";
import { runningMeeting } from "../../support/test-group";
import { eventually } from "../../support/eventually";
import { chair, member, secretary, startPanelBots, type PanelBots } from "./panel-harness";

/** Where the panel's pictures go: ignored test-output/ on a test run, docs/cards with `npm run screenshots`. */
const PICTURES = resolve(__dirname, "../../..", process.env.SCREENSHOTS_DIR || "test-output/cards");
type Theme = "default" | "dark" | "contrast";
/** Evaluated in the panel's frame (a string: the test's TypeScript has no DOM types). */
const FOCUSED_KEY = `document.activeElement?.getAttribute("data-key")`;

/**
 * Two bot instances on one store, and the panel served by the first: live across instances, quick to
 * show, usable by keyboard, and without serious accessibility faults in Teams' three themes.
 */
describe("in a real browser: the meeting side panel live across two instances, by keyboard, in every theme", function () {
  this.timeout(60_000);
  let bots: PanelBots;
  let host: TeamsHostStandIn;
  let flow: MeetingFlow;

  before(async function () {
    this.timeout(120_000);
    bots = await startPanelBots(2);
    host = await TeamsHostStandIn.launch();
    flow = await runningMeeting(bots.running, 7201);
    await flow.ask(secretary, "rundebord Status i kommunene");
    // Something in every section of the pictures: people present, an entry, a follow-up.
    const meetingId = flow.chat.meetingId;
    for (const person of [member, chair]) MeetingFlow.cardOf(await flow.invoke(person, "attendance.checkIn", { meetingId }));
    const entry = {
      municipality: "Kongsvinger",
      formMunicipality: "Kongsvinger",
      entryText: "• Ny næringspark vedtatt\n• To nye bedrifter",
    };
    MeetingFlow.cardOf(await flow.invoke(member, "roundtable.submit", { meetingId, ...entry }));
    await flow.ask(chair, `oppfølging Sende ut Doodle for neste møte; Sekretariatet; 15. januar ${new Date().getFullYear() + 1}`);
  });
  after(async () => {
    await host?.close();
    await bots?.stop();
  });

  const open = async (person: Person, theme: Theme = "default", bot = 0): Promise<HostedPanel> =>
    host.open(bots.bots[bot]?.url ?? "", flow.chat, { userObjectId: person.aadObjectId ?? "", token: () => bots.token(person), theme });
  const currentItem = (panel: HostedPanel) => panel.panel().locator("[data-section=agenda] li.current").innerText();

  it("shows the meeting within 1 s of opening, and a change made through instance B within 2 s on instance A's panel", async () => {
    const started = Date.now();
    const panel = await open(member);
    await panel.panel().locator("[data-section=agenda] li.current").waitFor();
    const firstRender = Date.now() - started;
    assert.ok(firstRender <= 1000, `first render took ${firstRender} ms`);
    assert.match(await currentItem(panel), /Godkjenning/);

    const instanceB = bots.bots[1]?.url ?? "";
    const sent = Date.now();
    assert.equal((await postActivity(instanceB, message({ ...flow.as(chair), text: "neste" }))).status, 200);
    await panel.panel().locator("[data-section=agenda] li.current", { hasText: "Handlingsprogram" }).waitFor({ timeout: 2000 });
    const shownAfter = Date.now() - sent;
    assert.ok(shownAfter <= 2000, `shown after ${shownAfter} ms`);
    await panel.page.context().close();
  });

  it("works by keyboard: Tab reaches «Neste» and Enter moves the meeting on", async () => {
    const panel = await open(chair);
    const frame = panel.panel();
    await frame.locator("[data-section=agenda] li.current").waitFor();
    const before = await currentItem(panel);
    await frame.locator("body").focus();
    for (let presses = 0; presses < 10; presses++) {
      await panel.page.keyboard.press("Tab");
      if ((await frame.evaluate(FOCUSED_KEY)) === "next") break;
    }
    assert.equal(await frame.evaluate(FOCUSED_KEY), "next", "Tab reaches «Neste»");
    await panel.page.keyboard.press("Enter");
    await eventually(async () => assert.notEqual(await currentItem(panel), before), 3000);
    await panel.page.context().close();
  });

  for (const theme of ["default", "dark", "contrast"] as const) {
    it(`axe-core finds no serious or critical fault in the ${theme} theme, for the chair or a participant`, async () => {
      for (const person of [chair, member]) {
        const panel = await open(person, theme);
        const frame = panel.panel();
        await frame.locator("[data-section=agenda] li.current").waitFor();
        assert.equal(await frame.evaluate("document.documentElement.dataset.theme"), theme);
        await frame.evaluate(axeSource());
        const faults = (await frame.evaluate(
          `axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations
             .filter((v) => v.impact === "serious" || v.impact === "critical")
             .map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")))`,
        )) as string[];
        assert.deepEqual(faults, [], `${person.name} in ${theme}`);
        if (theme !== "contrast")
          await picture(panel, `panel-${person === chair ? "chair" : "participant"}-${theme === "dark" ? "dark" : "light"}`);
        await panel.page.context().close();
      }
    });
  }

  it("follows Teams when its theme changes while the panel is open", async () => {
    const panel = await open(member);
    const frame = panel.panel();
    await frame.locator("[data-section=agenda] li.current").waitFor();
    await panel.setTheme("dark");
    await eventually(async () => assert.equal(await frame.evaluate("document.documentElement.dataset.theme"), "dark"), 3000);
    const background = await frame.evaluate("getComputedStyle(document.body).backgroundColor");
    assert.notEqual(background, "rgb(255, 255, 255)");
    await panel.page.context().close();
  });
});

/** axe-core's source, evaluated in the panel's frame (DevTools evaluation is not subject to the page's CSP). */
const axeSource = (): string => axeCore.source;

async function picture(panel: HostedPanel, name: string): Promise<void> {
  mkdirSync(PICTURES, { recursive: true });
  await panel
    .panel()
    .locator("#panel")
    .screenshot({ path: resolve(PICTURES, `${name}.png`) });
}
