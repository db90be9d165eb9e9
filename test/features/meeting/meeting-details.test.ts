/**
 * The referat's introduction, papers link and archive reference: set by command or on the
 * meeting card by the chair or the secretary, shown in the referat where the reference has them;
 * too long, not https, or from a participant — refused with a Norwegian message, nothing stored.
 */
import assert from "node:assert/strict";
import { people } from "../../../scripts/replay/activities";
import type { HttpResult } from "../../../scripts/replay/bot-client";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { AGENDA_TEXT, type MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { readMarkdown } from "../../support/read-markdown";
import { askReferat } from "../../../scripts/replay/replay-scenario";
import { snapshotChanges, storageSnapshot } from "../../support/storage-snapshot";
import { importTestGroup, linkedMeeting } from "../../support/test-group";

const x = (n: number): string => "x".repeat(n);

/** The message an invoke answered with (a refusal of input comes as a message to the clicker). */
function messageOf(response: HttpResult): string {
  const body = response.body as { type?: string; value?: unknown };
  const error = body.value as { message?: unknown } | undefined;
  if (typeof body.value === "string") return body.value;
  if (typeof error?.message === "string") return error.message;
  throw new Error(`no message: ${response.status} ${response.text.slice(0, 300)}`);
}

describe("the referat's introduction, papers link and archive reference", function () {
  this.timeout(60_000);
  let running: RunningBot;
  let flow: MeetingFlow;
  const meetingId = (): string => flow.chat.meetingId ?? "";

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    flow = await linkedMeeting(running, 961);
    const saved = await flow.invoke(people.secretary, "agenda.save", { meetingId: meetingId(), agendaText: AGENDA_TEXT });
    assert.equal(saved.status, 200, saved.text);
    await flow.ask(people.secretary, "start nå");
  });
  after(() => running?.stop());

  it("typed by the secretary and the chair, they stand after «Sted» in the referat, the link as a Markdown link", async () => {
    assert.equal(
      await flow.ask(people.secretary, "innledning Møtet ble holdt som en del av fellesmøtet (del 1)."),
      "Innledningen er lagret og kommer i referatet før «Tilstede på møtet».",
    );
    assert.equal(
      await flow.ask(people.chair, "sakspapirer https://www.osloregionen.no/kalender/møter_(2025)"),
      "Lenken til sakspapirene er lagret: «www.osloregionen.no/kalender/m%C3%B8ter_(2025)».",
    );
    assert.equal(await flow.ask(people.secretary, "arkivref 25/01234-3"), "Arkivreferansen er lagret: 25/01234-3.");
    await flow.ask(people.chair, "notat Innkallingen er godkjent");
    const { markdown = "" } = await askReferat(flow, people.secretary);
    const texts = readMarkdown(markdown).map((b) => b.text);
    const place = texts.indexOf("Sted: Teams");
    assert.deepEqual(texts.slice(place + 1, place + 3), [
      "Møtet ble holdt som en del av fellesmøtet (del 1).",
      "Sakspapirer og underlag ble publisert her: www.osloregionen.no/kalender/m%C3%B8ter_(2025)",
    ]);
    assert.ok(
      markdown.includes("(https://www.osloregionen.no/kalender/m%C3%B8ter_%282025%29)"),
      "parentheses in the URL cannot end the link early",
    );
    assert.equal(readMarkdown(markdown).filter((b) => b.links > 0).length, 1);
  });

  it("the meeting card's form saves all three; an emptied field is removed", async () => {
    const response = await flow.invoke(people.secretary, "meeting.details", {
      meetingId: meetingId(),
      intro: "",
      papersUrl: "https://example.org/papirer",
      papersText: "Papirene",
      archiveRef: "",
    });
    assert.equal(response.status, 200, response.text);
    const card = JSON.stringify(response.body);
    assert.ok(card.includes('"id":"papersUrl"') && card.includes('"value":"https://example.org/papirer"'), card);
    const { markdown = "" } = await askReferat(flow, people.secretary);
    assert.ok(!markdown.includes("fellesmøtet"), "the introduction is gone");
    assert.ok(markdown.includes("Sakspapirer og underlag ble publisert her: [Papirene](https://example.org/papirer)"));
  });

  it("refuses too long, not https, and anything from a participant, each with its message; nothing is stored", async () => {
    const before = await storageSnapshot(running.storage);
    const typed: Array<[string, string]> = [
      [`innledning ${x(4001)}`, "Innledningen er for lang (høyst 4000 tegn)."],
      [
        "sakspapirer http://www.osloregionen.no/",
        "Lenken til sakspapirene må være en fullstendig https-lenke, f.eks. «https://www.osloregionen.no/…».",
      ],
      [
        "sakspapirer javascript:alert(1)",
        "Lenken til sakspapirene må være en fullstendig https-lenke, f.eks. «https://www.osloregionen.no/…».",
      ],
      [
        "sakspapirer www.osloregionen.no",
        "Lenken til sakspapirene må være en fullstendig https-lenke, f.eks. «https://www.osloregionen.no/…».",
      ],
      [`sakspapirer https://x.no/${x(2000)}`, "Lenken til sakspapirene er for lang (høyst 2000 tegn)."],
      [`arkivref ${x(101)}`, "Arkivreferansen er for lang (høyst 100 tegn)."],
      ["innledning", "Skriv innledningen etter kommandoen, f.eks. «innledning Møtet ble gjennomført som to deler …»."],
    ];
    for (const [command, message] of typed) assert.equal(await flow.ask(people.secretary, command), message, command);
    assert.equal(await flow.ask(people.member, "innledning Min innledning"), "Bare møteleder og sekretær kan gjøre dette.");
    const forged = await flow.invoke(people.secretary, "meeting.details", { meetingId: meetingId(), intro: x(4001) });
    assert.equal(messageOf(forged), "Innledningen er for lang (høyst 4000 tegn).");
    const participant = await flow.invoke(people.member, "meeting.details", { meetingId: meetingId(), intro: "Min innledning" });
    assert.equal(participant.status, 403);
    assert.equal(messageOf(participant), "Bare møteleder og sekretær kan gjøre dette.");
    assert.deepEqual(snapshotChanges(before, await storageSnapshot(running.storage)), []);
  });
});
