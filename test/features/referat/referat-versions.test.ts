import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { groupChat, installed, meetingChat, people } from "../../../scripts/replay/activities";
import { postActivity } from "../../../scripts/replay/bot-client";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { AGENDA_TEXT, MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { askReferat, openDraft } from "../../../scripts/replay/replay-scenario";
import { importTestGroup, linkedMeeting } from "../../support/test-group";
import { DownloadLinkStore } from "../../../src/features/referat/download-link-store";
import type { ReferatVersion } from "../../../src/features/referat/referat-version";
import type { Meeting } from "../../../src/shared/meeting/meeting";

async function writeAgenda(flow: MeetingFlow, agendaText: string): Promise<void> {
  await flow.say(people.secretary, "agenda");
  const editor = MeetingFlow.cardOf(await flow.click(people.secretary, "Rediger dagsorden", { on: "agenda.edit" }));
  MeetingFlow.cardOf(
    await flow.click(people.secretary, "Lagre dagsorden", {
      card: editor,
      activityId: flow.messageWith("agenda.edit"),
      inputs: { agendaText },
    }),
  );
}

describe("referat: who may ask, versions, approval, the next meeting, download links", function () {
  this.timeout(60_000);
  let running: RunningBot;
  let meetingId: string;

  const versions = async (id: string): Promise<ReferatVersion[]> => {
    const { resources } = await running.storage
      .container("meetings")
      .items.query<ReferatVersion>({
        query: "SELECT * FROM c WHERE c.meetingId = @m AND c.docType = 'referatVersion'",
        parameters: [{ name: "@m", value: id }],
      })
      .fetchAll();
    return resources.sort((a, b) => a.version - b.version);
  };

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
  });
  after(() => running?.stop());

  it("refuses politely: a participant, the wrong chat, a meeting with nothing in it, an unlinked meeting", async () => {
    const flow = await linkedMeeting(running, 610, { started: false });
    assert.equal(
      await flow.ask(people.secretary, "referat"),
      "Det er ingenting å lage referat av ennå: ingen saker på dagsordenen, ingen oppmøte og ingen runde rundt bordet.",
    );
    await writeAgenda(flow, AGENDA_TEXT);
    assert.equal(
      await flow.ask(people.member, "referat"),
      `Det er møteleder og sekretær som lager referatet – spør gjerne ${people.secretary.name}. Du kan følge sakene på møtekortet.`,
    );
    assert.equal(await flow.ask(people.secretary, "referat godkjenn"), "Det er møteleder som godkjenner referatet.");
    assert.equal(await flow.ask(people.chair, "referat godkjenn"), "Det finnes ikke noe utkast ennå. Skriv «referat» først.");
    assert.equal(
      await flow.ask(people.chair, "referat kanskje"),
      "Skriv «referat» for et utkast, eller «referat godkjenn» (møteleder) når det er godkjent.",
    );

    const plainChat = new MeetingFlow(() => running.bot.url, running.standIn, groupChat(610));
    assert.match(await plainChat.ask(people.secretary, "referat"), /^Det finnes ikke noe møte i denne chatten ennå/);
    const unlinked = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(619));
    await postActivity(running.bot.url, installed(unlinked.as(people.secretary)));
    assert.equal(await unlinked.ask(people.secretary, "referat"), "Møtet er ikke koblet til en faggruppe ennå. Skriv «oppsett» først.");
    const id = unlinked.chat.meetingId ?? "";
    assert.deepEqual(await versions(id), []);
  });

  it("numbers versions: unchanged gives the same version, a change a new one; an approved version never changes", async () => {
    const flow = await linkedMeeting(running, 611);
    meetingId = flow.chat.meetingId ?? "";
    await writeAgenda(flow, AGENDA_TEXT);
    await flow.ask(people.secretary, "notat Innkalling og dagsorden ble godkjent uten merknader.");

    const requests = running.storage.requests;
    let before = requests.snapshot();
    await flow.say(people.secretary, "referat");
    const firstCounts = requests.since(before);
    const first = await openDraft(flow, people.secretary);
    assert.match(JSON.stringify(first.card), /Utkast til referat, versjon 1"/);
    before = requests.snapshot();
    await flow.say(people.chair, "referat");
    const againCounts = requests.since(before);
    const again = await openDraft(flow, people.chair);
    console.log(
      `      Cosmos requests for \`referat\`: new version ${JSON.stringify(firstCounts)}; unchanged ${JSON.stringify(againCounts)}`,
    );
    assert.equal(firstCounts.queries, 2, "one query of the meeting's partition, one of the group's follow-ups");
    assert.equal(firstCounts.pointReads, 3, "the meeting, the group, the archive's entry");
    assert.equal(
      firstCounts.writes,
      4,
      "head, version, the archive's entry, the activity recorded on the meeting (a retry posts nothing twice); " +
        "the links are minted when a leader opens the card",
    );
    assert.equal(againCounts.queries, 2);
    assert.equal(againCounts.pointReads, 4, "the meeting, the group, the unchanged version, the archive's entry");
    assert.equal(againCounts.writes, 1, "only the activity (the archive's entry is unchanged)");
    assert.match(JSON.stringify(again.card), /versjon 1 \(uendret\)/);
    assert.equal(again.markdown, first.markdown);
    assert.equal((await versions(meetingId)).length, 1);

    await flow.ask(people.secretary, "vedtak Dagsorden vedtatt");
    const second = await askReferat(flow, people.secretary);
    assert.match(JSON.stringify(second.card), /versjon 2"/);
    assert.ok(second.markdown?.includes("- **Vedtak:** Dagsorden vedtatt"), second.markdown);

    assert.equal(
      await flow.ask(people.chair, "referat godkjenn"),
      "Referatet (versjon 2) er godkjent og låst, og publisert til alle her. Det tilbys under «Godkjenning av referat fra tidligere " +
        "møter» i neste møte i faggruppen.",
    );
    assert.equal(
      await flow.ask(people.chair, "referat godkjenn"),
      "Versjon 2 er allerede godkjent og låst. Her er den igjen, med nye lenker.",
    );
    const approved = (await versions(meetingId))[1];
    assert.equal(approved?.approved?.by.name, people.chair.name);

    await flow.ask(people.secretary, "notat Et tillegg etter godkjenningen");
    const third = await askReferat(flow, people.secretary);
    assert.match(JSON.stringify(third.card), /versjon 3"/);
    const stored = await versions(meetingId);
    assert.deepEqual(
      stored.map((v) => v.version),
      [1, 2, 3],
    );
    assert.deepEqual(stored[1], approved, "version 2 is exactly as approved");
    assert.equal(stored[2]?.approved, undefined);

    const download = await fetch(`${second.docxUrl}?format=md`);
    assert.equal(await download.text(), second.markdown, "an old link still gives its own version");
  });

  it("the group's next meeting offers the approved referat under «Godkjenning av referat fra tidligere møter»", async () => {
    const flow = new MeetingFlow(() => running.bot.url, running.standIn, meetingChat(612));
    assert.equal((await flow.meetingStarts(people.secretary, "Faggruppemøte november", "2025-11-20T09:00:00Z")).status, 200);
    await flow.say(people.secretary, "oppsett");
    MeetingFlow.cardOf(await flow.click(people.secretary, "Koble til", { on: "setup.link", inputs: { groupId: "naering-test" } }));
    await writeAgenda(flow, "Sak 1: Godkjenning av innkalling og dagsorden\nSak 2: Godkjenning av referat fra tidligere møter");

    const answer = await askReferat(flow, people.secretary);
    assert.match(
      answer.markdown ?? "",
      new RegExp(
        String.raw`\*\*Sak 2: Godkjenning av referat fra tidligere møter\*\*\n\n` +
          String.raw`- Referat fra møtet 11\. september 2025 ble lagt fram for godkjenning\.`,
      ),
    );
    const card = JSON.stringify(answer.card);
    assert.ok(
      card.includes("Godkjenning av referat fra tidligere møter") && card.includes("Referat fra 11. september 2025 (versjon 2, godkjent)"),
      card,
    );
    const previousUrl = [...card.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]).at(-1) ?? "";
    const previous = await (await fetch(`${previousUrl}?format=md`)).text();
    assert.ok(previous.includes("**Vedtak:** Dagsorden vedtatt") && !previous.includes("Et tillegg etter godkjenningen"), previous);
  });

  it("the chair and the secretary asking at the same moment get one version between them", async () => {
    const flow = await linkedMeeting(running, 614);
    await writeAgenda(flow, AGENDA_TEXT);
    const [a, b] = await Promise.all([askReferat(flow, people.secretary), askReferat(flow, people.chair)]);
    assert.equal(a.markdown, b.markdown);
    assert.deepEqual(
      (await versions(flow.chat.meetingId ?? "")).map((v) => v.version),
      [1],
    );
  });

  it("published as Markdown up to Teams' recommended 80 KB (UTF-16), beyond it as the card alone; the draft's card counts it", async () => {
    const flow = await linkedMeeting(running, 613);
    await writeAgenda(flow, "Sak 1: Innledning\nSak 2: Runde rundt bordet – Status");
    const item = running.storage.container("meetings").item("meeting", flow.chat.meetingId ?? "");
    const { resource: stored } = await item.read<Meeting>();
    assert.ok(stored);
    const long = "En lang orientering om næringsutvikling i regionen, med mange detaljer. ".repeat(25);
    const withNotes = async (count: number) => {
      const notes = Array.from({ length: count }, (_, i) => ({
        id: `n${i}`,
        kind: "note" as const,
        text: `${i} ${long}`,
        author: "Ola",
        at: "2025-09-11T08:10:00Z",
      }));
      const { resource: latest } = await item.read<Meeting>();
      assert.ok(latest);
      await item.replace({ ...latest, agenda: latest.agenda.map((a, i) => (i === 0 ? { ...a, notes } : a)) });
    };
    /** What «referat godkjenn» posts: the messages, and the largest as UTF-16 (Teams counts the whole message). */
    const approve = async () => {
      const before = running.standIn.recorded(flow.chat.conversationId).length;
      await flow.ask(people.chair, "referat godkjenn");
      await running.standIn.waitFor(
        (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("Godkjent referat"),
      );
      const published = running.standIn.recorded(flow.chat.conversationId).slice(before);
      return { published, largest: Math.max(...published.map((a) => JSON.stringify(a.activity).length * 2)) };
    };

    // 20 notes: about 36,000 characters, 72 KB as UTF-16 — over the old 20 KB (UTF-8) cut, within Teams' 80 KB.
    await withNotes(20);
    const first = await askReferat(flow, people.secretary);
    assert.ok(Buffer.byteLength(first.markdown ?? "") > 20_000);
    const within = await approve();
    assert.ok(
      within.published.some((a) => String(a.activity.text ?? "").includes("En lang orientering")),
      "the Markdown message",
    );
    assert.ok(within.largest <= 100_000, `the largest message is ${within.largest} bytes as UTF-16: Teams takes 100 KB`);

    // 30 notes: beyond 80 KB, so the card alone, with the files.
    await withNotes(30);
    const answer = await askReferat(flow, people.secretary);
    const card = JSON.stringify(answer.card);
    for (const expected of [
      '"title":"Saker","value":"2"',
      '"value":"0 av 3 kommuner"',
      '"title":"Mangler","value":"Kongsvinger, Oslo kommune, Hamarregionen"',
    ]) {
      assert.ok(card.includes(expected), `${expected} in ${card}`);
    }
    const markdown = await (await fetch(answer.markdownUrl)).text();
    assert.ok(markdown.length * 2 > 80_000 && markdown.includes("**Sak 2: Runde rundt bordet – Status**"));
    const beyond = await approve();
    assert.ok(!beyond.published.some((a) => String(a.activity.text ?? "").includes("En lang orientering")), "no Markdown message");
    assert.ok(
      beyond.published.some((a) => JSON.stringify(a.activity).includes("Referatet er for langt til å vises i chatten")),
      "the card says why it stands alone",
    );
    assert.ok(beyond.largest <= 100_000);
  });

  it("a participant sees no draft's text or links in the chat; after «referat godkjenn» everyone sees the referat", async () => {
    const flow = await linkedMeeting(running, 615);
    await writeAgenda(flow, AGENDA_TEXT);
    await flow.ask(people.secretary, "notat Budsjettet for 2026 ble lagt fram.");
    const participantsView = (): string =>
      JSON.stringify(
        running.standIn.messages(flow.chat.conversationId).map(({ activity }) => {
          // What a participant's client renders: the text and the cards as posted (refresh is fetched for the leaders alone).
          const attachments = (activity.attachments as Array<{ content?: Record<string, unknown> }> | undefined) ?? [];
          return { text: activity.text, cards: attachments.map(({ content }) => ({ ...content, refresh: undefined })) };
        }),
      );
    const draft = await askReferat(flow, people.secretary);
    assert.match(draft.markdown ?? "", /Budsjettet for 2026 ble lagt fram/, "the leaders get the draft");
    assert.doesNotMatch(participantsView(), /Budsjettet for 2026/, "no note text for participants");
    assert.doesNotMatch(participantsView(), /\/download\//, "no download link for participants");
    assert.match(JSON.stringify(draft.shared), /Bare møteleder og sekretær ser utkastet/);
    assert.equal(
      (await flow.click(people.member, "referat.draft", { on: "referat.draft" })).status,
      403,
      "a participant's click is refused",
    );

    await flow.ask(people.chair, "referat godkjenn");
    assert.match(participantsView(), /Budsjettet for 2026 ble lagt fram/, "the approved referat is posted for everyone");
    assert.match(participantsView(), /Godkjent referat, versjon 1.*\/download\//, "with its Word and Markdown links");
  });

  it("a download link fails with 404 when wrong, malformed or expired; a bad format is 400", async () => {
    const links = new DownloadLinkStore(running.storage.container("downloadLinks"));
    const day = 24 * 3_600_000;
    const expired = await links.issue({ meetingId, version: 1, fileName: "referat-v1" }, new Date(Date.now() - 2 * day), day);
    const valid = await links.issue({ meetingId, version: 1, fileName: "referat-v1" }, new Date(), day);
    const get = (token: string, query = "") => fetch(`${running.bot.url}/download/${token}${query}`);
    assert.equal((await get(valid)).status, 200);
    assert.equal((await get(expired)).status, 404);
    assert.equal((await get(randomBytes(32).toString("base64url"))).status, 404);
    assert.equal((await get("not-a-token")).status, 404);
    assert.equal((await get(valid, "?format=pdf")).status, 400);
  });
  it("download links: HEAD gives the headers, OPTIONS the methods; no sniffing, no referrer; the pages carry a CSP", async () => {
    const flow = await linkedMeeting(running, 619);
    await writeAgenda(flow, AGENDA_TEXT);
    const { docxUrl } = await askReferat(flow, people.secretary);
    const got = await fetch(docxUrl);
    const file = Buffer.from(await got.arrayBuffer());
    assert.equal(got.status, 200);
    assert.equal(got.headers.get("x-content-type-options"), "nosniff");
    assert.equal(got.headers.get("referrer-policy"), "no-referrer");
    const head = await fetch(docxUrl, { method: "HEAD" });
    assert.equal(head.status, 200);
    // The Word file is rendered for each request (its zip carries the time): its length, not the same bytes.
    assert.ok(Math.abs(Number(head.headers.get("content-length")) - file.length) < 64, `${head.headers.get("content-length")}`);
    assert.equal(head.headers.get("content-type"), got.headers.get("content-type"));
    assert.equal((await head.arrayBuffer()).byteLength, 0);
    assert.equal((await fetch(`${running.bot.url}/download/${"0".repeat(43)}`, { method: "HEAD" })).status, 404);
    const options = await fetch(docxUrl, { method: "OPTIONS" });
    assert.equal(options.status, 204);
    assert.equal(options.headers.get("allow"), "GET, HEAD");
    assert.equal(options.headers.get("x-content-type-options"), "nosniff");
    const page = await fetch(`${running.bot.url}/personvern`);
    assert.match(page.headers.get("content-security-policy") ?? "", /default-src 'none'/);
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    assert.equal((await fetch(`${running.bot.url}/healthz`)).headers.get("x-content-type-options"), "nosniff");
    assert.equal(page.headers.get("strict-transport-security"), null, "no HSTS while the public address is http");
  });
});
