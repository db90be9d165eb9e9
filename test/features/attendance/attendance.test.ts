import assert from "node:assert/strict";
import { eventually } from "../../support/eventually";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { attendanceList } from "../../../src/features/attendance/attendance-list";
import type { Attendee } from "../../../src/features/attendance/attendee";
import type { Group } from "../../../src/features/working-group/group";
import { guidFrom, mriFrom } from "../../../scripts/replay/chats";
import { meetingEnd, participantJoin, participantLeave, people, type Person } from "../../../scripts/replay/activities";
import { postActivity } from "../../../scripts/replay/bot-client";
import { adaptiveCardsOf } from "../../../scripts/replay/connector-standin";
import { startRunningBot, type RunningBot } from "../../../scripts/replay/running-bot";
import { adaptiveCardErrors, sharedFolder } from "../../support/adaptive-card-schema";
import { MeetingFlow } from "../../../scripts/replay/meeting-flow";
import { askReferat } from "../../../scripts/replay/replay-scenario";
import { meetingDocuments } from "../../support/meeting-documents";
import { importTestGroup, linkedMeeting, TEST_GROUP_ID } from "../../support/test-group";

const person = (seed: string, name = `Deltaker ${seed}`): Person => ({ id: mriFrom(seed), name, aadObjectId: guidFrom(seed) });

describe("attendance, over HTTP", () => {
  let running: RunningBot;
  const attendees = (flow: MeetingFlow): Promise<Attendee[]> =>
    meetingDocuments<Attendee>(running.storage, flow.chat.meetingId, "attendee");
  const checkInCard = (flow: MeetingFlow) => {
    const id = flow.messageWith("attendance.checkIn");
    const message = flow.standIn.messages(flow.chat.conversationId).find((m) => m.activityId === id);
    return JSON.stringify(adaptiveCardsOf(message?.activity ?? {})[0]);
  };

  before(async () => {
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
  });
  after(async () => running?.stop());

  it("join/leave events (repeats, a leave before its join, anonymous, PascalCase keys) give the right list", async () => {
    const flow = await linkedMeeting(running, 61);
    const from = flow.as(people.secretary);
    const send = async (activity: Record<string, unknown>, timestamp: string) => {
      activity.timestamp = timestamp;
      assert.equal((await postActivity(running.bot.url, activity)).status, 200);
    };
    const kari = person("kari", "Kari Øverby");
    const anon = people.anonymous;
    await send(participantJoin({ ...from, members: [{ person: people.chair }, { person: people.member }] }), "2025-09-11T08:01:00Z");
    await send(participantJoin({ ...from, members: [{ person: people.chair }] }), "2025-09-11T08:01:00Z");
    await send(participantLeave({ ...from, members: [{ person: kari }] }), "2025-09-11T09:00:00Z");
    await send(participantJoin({ ...from, members: [{ person: kari }] }), "2025-09-11T08:05:00Z");
    await send(participantJoin({ ...from, members: [{ person: anon }] }), "2025-09-11T08:06:00Z");
    await send(participantLeave({ ...from, members: [{ person: people.member }] }), "2025-09-11T08:30:00Z");
    await send(participantJoin({ ...from, members: [{ person: people.member }] }), "2025-09-11T08:40:00Z");
    const pascal = participantJoin({ ...from, members: [{ person: person("per", "Per Ås") }] });
    const member = ((pascal.value as { members: Array<{ user: Record<string, unknown> }> }).members[0] ?? { user: {} }).user;
    pascal.value = {
      Members: [
        { User: { Id: member.id, Name: member.name, AadObjectId: member.aadObjectId }, Meeting: { InMeeting: true, Role: "Attendee" } },
      ],
    };
    await send(pascal, "2025-09-11T08:07:00Z");
    const plural = participantJoin({ ...from, members: [{ person: person("zoe", "Zoë Aas") }] });
    plural.name = "application/vnd.microsoft.meetingParticipantsJoin";
    await send(plural, "2025-09-11T08:08:00Z");

    const stored = await attendees(flow);
    assert.equal(stored.length, 6, stored.map((a) => a.name).join(", "));
    const byName = new Map(stored.map((a) => [a.name, a]));
    assert.equal(byName.get("Kari Øverby")?.joinedAt, "2025-09-11T08:05:00.000Z");
    assert.equal(byName.get("Kari Øverby")?.leftAt, "2025-09-11T09:00:00.000Z");
    assert.equal(byName.get(people.member.name)?.municipality, "Kongsvinger", "a member's municipality comes from the group");
    assert.equal(byName.get(anon.name)?.guest, true);
    assert.equal(byName.get(anon.name)?.aadObjectId, undefined);
    const list = attendanceList(stored);
    assert.deepEqual(
      new Set(list.present.map((p) => p.name)),
      new Set([people.chair.name, people.member.name, "Kari Øverby", anon.name, "Per Ås", "Zoë Aas"]),
    );
    await eventually(() => assert.match(checkInCard(flow), /5 til stede · 1 gjest/));
  });

  it("60 people click «Registrer oppmøte» at once: 60 attendees, none twice, the shared card shows 60", async () => {
    const flow = await linkedMeeting(running, 62);
    const crowd = Array.from({ length: 60 }, (_, i) => person(`crowd-${i}`, `Deltaker ${String(i).padStart(2, "0")}`));
    const clicks = await Promise.all(crowd.map((p) => flow.click(p, "Registrer oppmøte", { on: "attendance.checkIn" })));
    assert.deepEqual([...new Set(clicks.map((c) => c.status))], [200]);
    const again = await flow.click(crowd[0]!, "Registrer oppmøte", { on: "attendance.checkIn" });
    assert.equal(again.status, 200);
    const stored = await attendees(flow);
    assert.equal(stored.length, 60);
    assert.equal(new Set(stored.map((a) => a.aadObjectId)).size, 60);
    await eventually(() => assert.match(checkInCard(flow), /60 til stede/));
  });

  it("the secretary checks in as the secretariat: not asked for a municipality, counted apart, as the referat counts", async () => {
    const flow = await linkedMeeting(running, 63);
    for (const who of [people.chair, people.member]) {
      assert.equal((await flow.click(who, "Registrer oppmøte", { on: "attendance.checkIn" })).status, 200);
    }
    const answer = await flow.click(people.secretary, "Registrer oppmøte", { on: "attendance.checkIn" });
    assert.equal(answer.status, 200);
    assert.ok(!JSON.stringify(answer.body).includes("attendance.municipality"), "no question about a municipality");
    const card = await eventually(() => {
      const shown = checkInCard(flow);
      assert.match(shown, /"2 til stede · sekretariat"/);
      return shown;
    });
    assert.match(card, new RegExp(`"Sekretariat"[^}]*"${people.secretary.name}"`));
    assert.ok(!card.includes("Uten kommune"), card);
    const referat = await askReferat(flow, people.secretary);
    assert.ok(JSON.stringify(referat.card).includes('"title":"Tilstede","value":"2"'));
    assert.ok(referat.markdown?.includes(`**Sekretariat:** ${people.secretary.name}`));
  });

  it("one counting rule: by check-in, by meeting event and by hand, the check-in card, the referat card and «Tilstede» agree", async () => {
    const flow = await linkedMeeting(running, 69);
    assert.match(checkInCard(flow), /"Ingen til stede ennå"/, "an empty card says so, not «0 til stede»");
    assert.equal((await flow.click(people.member, "Registrer oppmøte", { on: "attendance.checkIn" })).status, 200);
    const from = flow.as(people.secretary);
    assert.equal((await postActivity(running.bot.url, participantJoin({ ...from, members: [{ person: people.chair }] }))).status, 200);
    assert.equal(await flow.ask(people.secretary, "oppmøte legg til Ingrid Berg oslo"), "Ingrid Berg er lagt til som til stede.");
    assert.equal(
      await flow.ask(people.secretary, "oppmøte legg til Per Hansen Hamarregionen kommune"),
      "Per Hansen er lagt til som til stede.",
    );
    assert.equal(await flow.ask(people.secretary, "oppmøte legg til Gunn Gjest"), "Gunn Gjest er lagt til som til stede.");
    assert.equal((await flow.click(people.secretary, "Registrer oppmøte", { on: "attendance.checkIn" })).status, 200);

    const card = await eventually(() => {
      const shown = checkInCard(flow);
      assert.match(shown, /"4 til stede · 1 gjest · sekretariat"/);
      return shown;
    });
    assert.match(card, /"Oslo kommune"[^}]*"Ingrid Berg"/, "added for «oslo»: Oslo kommune's representative");
    assert.match(card, /"Hamarregionen"[^}]*"Kari Nordmann, Per Hansen"/);
    assert.match(card, /"Gjester"[^}]*"Gunn Gjest"/);
    const referat = await askReferat(flow, people.secretary);
    const facts = JSON.stringify(referat.card);
    assert.ok(facts.includes('"title":"Tilstede","value":"4"') && facts.includes('"title":"Gjester","value":"1"'), facts);
    const listed = /\*\*Tilstede på møtet:\*\*\n\n((?:- .*\n?)+)/.exec(referat.markdown ?? "")?.[1] ?? "";
    assert.deepEqual(
      listed
        .trim()
        .split("\n")
        .map((line) => line.slice(2)),
      ["Ingrid Berg", people.member.name, people.chair.name, "Per Hansen"],
      "the four, in Norwegian order",
    );
    assert.match(referat.markdown ?? "", /\*\*Gjester:\*\* Gunn Gjest/);
  });

  it("a newcomer checks in, picks a municipality, and is remembered at the group's next meeting", async () => {
    const newcomer = person("newcomer", "Nora Ny");
    const flow = await linkedMeeting(running, 64);
    running.standIn.setMembers(flow.chat.conversationId, [
      { id: newcomer.id, name: "Nora Ny Nordmann", aadObjectId: newcomer.aadObjectId },
    ]);
    const asked = MeetingFlow.cardOf(await flow.click(newcomer, "Registrer oppmøte", { on: "attendance.checkIn" }));
    assert.match(JSON.stringify(asked), /Hvilken kommune eller region representerer du/);
    assert.deepEqual(adaptiveCardErrors(asked), []);
    const chosen = MeetingFlow.cardOf(
      await flow.click(newcomer, "Lagre kommune", {
        card: asked,
        activityId: flow.messageWith("attendance.checkIn"),
        inputs: { municipality: "Oslo kommune" },
      }),
    );
    assert.match(JSON.stringify(chosen), /Oslo kommune/);
    const mine = (await attendees(flow)).find((a) => a.aadObjectId === newcomer.aadObjectId);
    assert.equal(mine?.name, "Nora Ny Nordmann", "the name comes from the chat roster");
    assert.equal(mine?.municipality, "Oslo kommune");
    const { resource: group } = await running.storage.container("groups").item(TEST_GROUP_ID, TEST_GROUP_ID).read<Group>();
    assert.equal(group?.members.find((m) => m.aadObjectId === newcomer.aadObjectId)?.municipality, "Oslo kommune");

    const next = await linkedMeeting(running, 65);
    const notAsked = MeetingFlow.cardOf(await next.click(newcomer, "Registrer oppmøte", { on: "attendance.checkIn" }));
    assert.doesNotMatch(JSON.stringify(notAsked), /Hvilken kommune/);
    assert.match(JSON.stringify(notAsked), /Oslo kommune/);
  });

  it("forfall, guests and undo by the secretary, by command and card; the referat's lists", async () => {
    const flow = await linkedMeeting(running, 66);
    assert.equal(await flow.ask(people.member, "oppmøte legg til Ove Gjesdal"), "Bare møteleder og sekretær kan gjøre dette.");
    assert.equal(await flow.ask(people.secretary, "oppmøte legg til Ove Gjesdal Oslo kommune"), "Ove Gjesdal er lagt til som til stede.");
    assert.equal(await flow.ask(people.secretary, `oppmøte legg til ${"x".repeat(201)}`), "Skriv et navn (høyst 200 tegn).");
    assert.equal(await flow.ask(people.secretary, "oppmøte legg til"), "Skriv et navn (høyst 200 tegn).");
    assert.equal(await flow.ask(people.secretary, `forfall ${people.member.name} sykdom`), `${people.member.name} har meldt forfall.`);
    assert.equal(await flow.ask(people.secretary, "forfall Harriet Hansen, kolliderende møte"), "Harriet Hansen har meldt forfall.");
    assert.equal(await flow.ask(people.secretary, "oppmøte legg til Feil Person"), "Feil Person er lagt til som til stede.");
    assert.equal(await flow.ask(people.secretary, "oppmøte fjern feil person"), "Feil Person er fjernet fra oppmøtet.");
    assert.equal(await flow.ask(people.secretary, "oppmøte fjern Ingen Slik"), "Fant ingen «Ingen Slik» i oppmøtet.");

    const manage = await flow.click(people.member, "Administrer", { on: "attendance.manage" });
    assert.equal(manage.status, 403);
    const controls = MeetingFlow.cardOf(await flow.click(people.secretary, "Administrer", { on: "attendance.manage" }));
    assert.deepEqual(adaptiveCardErrors(controls), []);
    const cardId = flow.messageWith("attendance.checkIn");
    MeetingFlow.cardOf(
      await flow.click(people.secretary, "Legg til som til stede", {
        card: controls,
        activityId: cardId,
        inputs: { guestName: "Åse Gjest" },
      }),
    );
    MeetingFlow.cardOf(
      await flow.click(people.secretary, "Meld forfall", {
        card: controls,
        activityId: cardId,
        inputs: { person: people.chair.aadObjectId, reason: "ferie" },
      }),
    );

    const list = attendanceList(await attendees(flow));
    assert.deepEqual(
      list.present.map((p) => [p.name, p.guest]),
      [
        ["Ove Gjesdal", false],
        ["Åse Gjest", true],
      ],
    );
    assert.deepEqual(
      list.absent,
      [
        { key: "guest:harriet hansen", name: "Harriet Hansen", reason: "kolliderende møte" },
        { key: people.chair.aadObjectId, name: people.chair.name, reason: "ferie" },
        { key: people.member.aadObjectId, name: people.member.name, reason: "sykdom" },
      ].sort((a, b) => new Intl.Collator("nb").compare(a.name, b.name)),
    );
    const card = await eventually(() => {
      const shown = checkInCard(flow);
      assert.match(shown, /1 til stede · 1 gjest/);
      return shown;
    });
    assert.match(card, /Forfall: .*Harriet Hansen \(kolliderende møte\)/);

    // Checking in after a forfall counts: the latest word wins.
    await flow.click(people.member, "Registrer oppmøte", { on: "attendance.checkIn" });
    assert.ok(attendanceList(await attendees(flow)).present.some((p) => p.name === people.member.name));
  });

  it("after the meeting ended, a check-in is refused politely and nothing is stored", async () => {
    const flow = await linkedMeeting(running, 67);
    await postActivity(running.bot.url, meetingEnd({ ...flow.as(people.secretary), endTime: "2025-09-11T10:30:00Z" }));
    const late = await flow.click(people.member, "Registrer oppmøte", { on: "attendance.checkIn" });
    assert.deepEqual(
      (late.body as { value: unknown }).value,
      "Møtet er avsluttet, så oppmøtet kan ikke registreres lenger. Sekretæren kan fortsatt legge deg til.",
    );
    assert.equal((await attendees(flow)).length, 0);
    assert.equal(
      await flow.ask(people.secretary, `oppmøte legg til ${people.member.name}`),
      `${people.member.name} er lagt til som til stede.`,
    );
  });

  it("a user added to the meeting chat (payload 07c) is not counted as present, and gets no welcome", async () => {
    const flow = await linkedMeeting(running, 68);
    const added = JSON.parse(
      readFileSync(resolve(sharedFolder, "teams-payloads/07c_conversationUpdate_userAdded_meeting_docs.json"), "utf8"),
    ) as Record<string, unknown>;
    Object.assign(added, {
      serviceUrl: running.standIn.url,
      conversation: { isGroup: true, conversationType: "groupChat", tenantId: flow.chat.tenantId, id: flow.chat.conversationId },
      channelData: { tenant: { id: flow.chat.tenantId }, source: null, meeting: { id: flow.chat.meetingId } },
    });
    const before = running.standIn.recorded(flow.chat.conversationId).length;
    assert.equal((await postActivity(running.bot.url, added)).status, 200);
    assert.equal((await attendees(flow)).length, 0);
    assert.equal(running.standIn.recorded(flow.chat.conversationId).length, before);
  });
});
