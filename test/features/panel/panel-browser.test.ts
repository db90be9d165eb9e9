import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { TeamsHostStandIn, type HostedPanel } from "../../browser/teams-host-standin";
import { eventually } from "../../support/eventually";
import { factsOf, lastRecordedCard, textBlocksOf } from "../../support/card-content";
import { runningMeeting } from "../../support/test-group";
import { chair, member, secretary, startPanelBots, type PanelBots } from "./panel-harness";
import type { Person } from "../../../scripts/replay/activities";

/**
 * The meeting side panel in real Chromium, inside a stand-in for Teams that speaks the teams-js host
 * protocol (initialize, context, single sign-on): what the chair, the secretary and a participant see
 * and do there, and the cards in the meeting chat following it.
 */
describe("in a real browser: the meeting side panel inside a Teams-host stand-in", function () {
  this.timeout(60_000);
  let bots: PanelBots;
  let host: TeamsHostStandIn;
  let flow: MeetingFlow;
  const opened: HostedPanel[] = [];

  before(async function () {
    this.timeout(120_000);
    bots = await startPanelBots();
    host = await TeamsHostStandIn.launch();
    flow = await runningMeeting(bots.running, 7101);
  });
  after(async () => {
    await host?.close();
    await bots?.stop();
  });
  afterEach(async function () {
    if (this.currentTest?.state !== "failed") return;
    for (const [i, panel] of opened.entries()) {
      const picture = join(tmpdir(), `panel-failure-${Date.now()}-${i}.png`);
      await panel.page.screenshot({ path: picture, fullPage: true }).catch(() => undefined);
      console.log(`The panel as it was: ${picture}`);
    }
  });

  const open = async (person: Person, theme: "default" | "dark" | "contrast" = "default", botUrl = bots.bots[0]?.url ?? "") => {
    const panel = await host.open(botUrl, flow.chat, {
      userObjectId: person.aadObjectId ?? "",
      token: () => bots.token(person),
      theme,
    });
    opened.push(panel);
    return panel;
  };

  /** The text of the meeting card in the chat, as everyone sees it (its latest version). */
  const meetingCardText = () => {
    const id = flow.messageWith("meeting.refresh");
    return textBlocksOf(lastRecordedCard(bots.standIn, flow.chat.conversationId, id)).join("\n");
  };

  it("the chair sees the agenda and presses «Neste» in the panel: the meeting card in the chat moves to item 2", async () => {
    const panel = await open(chair);
    const frame = panel.panel();
    await frame.locator("[data-section=agenda] li.current").waitFor();
    assert.match(await frame.locator("[data-section=agenda] li.current").innerText(), /Godkjenning av innkalling/);
    await frame.locator("fluent-button[data-key=next]").click();
    await eventually(() => assert.match(meetingCardText(), /Sak 2 av 3/), 5000);
    await eventually(
      async () => assert.match(await frame.locator("[data-section=agenda] li.current").innerText(), /Handlingsprogram/),
      3000,
    );
  });

  it("a participant writes Kongsvinger's entry in the panel: the round-table card in the chat shows it", async () => {
    await flow.ask(secretary, "rundebord Status i kommunene");
    const panel = await open(member);
    const frame = panel.panel();
    const box = frame.locator('fluent-textarea[data-key="entry-Kongsvinger"] textarea');
    await box.waitFor();
    await box.fill("Ny næringspark vedtatt\nTo nye bedrifter etablert");
    await frame.locator("fluent-button[data-key=submit-entry]").click();
    await frame.getByText("Lagret.").waitFor();
    const card = () => lastRecordedCard(bots.standIn, flow.chat.conversationId, flow.messageWith("roundtable.form"));
    await eventually(() => assert.match(textBlocksOf(card()).join("\n"), /1 av 3 har levert/), 5000);
    assert.match(factsOf(card()).get("Kongsvinger") ?? "", /^✓ Ingrid Haugen/);
    await eventually(
      async () => assert.match(await frame.locator("[data-section=roundtable]").innerText(), /✓ Kongsvinger – Ingrid Haugen/),
      3000,
    );
  });

  it("the secretary edits an item's notes while the chair adds one on the card: the conflict is shown and nothing is lost", async () => {
    const panel = await open(secretary);
    const frame = panel.panel();
    const current = frame.locator("[data-section=agenda] li.current");
    await current.waitFor();
    const key = await current.locator("fluent-button[data-key^=edit-]").getAttribute("data-key");
    await current.locator("fluent-button[data-key^=edit-]").click();
    const area = frame.locator(`fluent-textarea[data-key="notes-${key?.slice("edit-".length)}"] textarea`);
    await area.fill("Sekretærens notat om handlingsprogrammet");
    // Meanwhile the chair adds a note on the meeting card in the chat.
    MeetingFlow.cardOf(
      await flow.invoke(chair, "meeting.note", { meetingId: flow.chat.meetingId, shownIndex: 1, noteText: "Møteleders notat fra kortet" }),
    );
    await frame.locator("fluent-button[data-key=save-notes]").click();
    await frame.getByText("Noen andre har endret notatene").waitFor();
    assert.match(await frame.locator(".theirs").innerText(), /Møteleders notat fra kortet/);
    const merged = await area.inputValue();
    assert.match(merged, /Sekretærens notat/);
    assert.match(merged, /Møteleders notat fra kortet/);
    await frame.locator("fluent-button[data-key=keep-mine]").click();
    await eventually(async () => {
      const notes = await frame.locator("[data-section=agenda] li.current .notes").innerText();
      assert.match(notes, /Sekretærens notat/);
      assert.match(notes, /Møteleders notat fra kortet/);
    }, 3000);
    await eventually(() => assert.match(meetingCardText(), /Sekretærens notat/), 5000);
  });
});
