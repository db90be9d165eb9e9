import assert from "node:assert/strict";
import type { Attendee } from "../../src/features/attendance/attendee";
import type { Meeting } from "../../src/shared/meeting/meeting";
import type { RoundTableEntry } from "../../src/features/roundtable/roundtable";
import { people } from "../../scripts/replay/activities";
import { findAction, type HttpResult } from "../../scripts/replay/bot-client";
import { startBot, type BotProcess } from "../../scripts/replay/bot-process";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { alternately } from "../support/alternating-delivery";
import { factsOf, lastRecordedCard, textBlocksOf } from "../support/card-content";
import { eventually } from "../support/eventually";
import { meetingDocuments } from "../support/meeting-documents";
import { CROWD_GROUP, crowd, importCrowdGroup } from "../support/crowd-group";
import { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { linkedMeeting } from "../support/test-group";

const AGENDA = [
  "Godkjenning av innkalling og dagsorden",
  "Handlingsprogram 2026",
  "Næringsarealer",
  "Reiseliv",
  "Eventuelt",
  "Neste møte",
  "Evaluering",
];
const NESTE_CLICKS = 4;
const NOTES = Array.from({ length: 6 }, (_, i) => `Notat ${i + 1} fra sekretæren`);

const burst = (instances: 1 | 2, chatNumber: number) =>
  describe(
    `a mixed burst at once: 60 check-ins, 60 round-table submissions, the chair's Neste, the secretary's notes ` +
      `— ${instances === 1 ? "one bot process" : "two bot processes on one Cosmos storage, requests alternated"}`,
    function () {
      this.timeout(60_000);
      let running: RunningBot;
      let second: BotProcess | undefined;
      let flow: MeetingFlow;
      /** The item each note was written on: the one the secretary's card showed when she clicked. */
      const notedOn = new Map<string, number>();

      const docs = <T>(docType: string): Promise<T[]> => meetingDocuments<T>(running.storage, flow.chat.meetingId, docType);
      const cardOf = async (what: string, response: Promise<HttpResult>): Promise<Record<string, unknown>> => {
        const result = await response;
        assert.equal(result.status, 200, `${what}: ${result.status} ${result.text}`);
        return MeetingFlow.cardOf(result);
      };
      const shownIndexOf = (card: Record<string, unknown>): number =>
        Number((findAction(card, "meeting.note").data as { shownIndex?: unknown }).shownIndex);

      before(async () => {
        running = await startRunningBot();
        await importCrowdGroup(running.storage.env);
        const linked = await linkedMeeting(running, chatNumber, { groupId: CROWD_GROUP });
        second = instances === 2 ? await startBot(running.storage.env) : undefined;
        // Two processes publish the same shared cards, each within its own budget: Teams' 429 tells each of the other.
        if (second) running.standIn.sharedBetweenProcesses();
        flow = new MeetingFlow(linked.botUrl, linked.standIn, linked.chat, alternately(second ? [running.bot, second] : [running.bot]));
        await flow.say(people.secretary, "agenda");
        const editor = await cardOf("agenda editor", flow.click(people.secretary, "Rediger dagsorden", { on: "agenda.edit" }));
        await cardOf(
          "save agenda",
          flow.click(people.secretary, "Lagre dagsorden", {
            card: editor,
            activityId: flow.messageWith("agenda.edit"),
            inputs: { agendaText: AGENDA.join("\n") },
          }),
        );
        assert.equal((await flow.say(people.chair, "start nå")).status, 200);
        assert.match(await flow.ask(people.chair, "rundebord Status"), /er åpnet/);
        const meetingCardId = flow.messageWith("meeting.refresh");
        const roundTableCardId = flow.messageWith("roundtable.form");
        const forms = await Promise.all(
          crowd.map((c) => cardOf(`form ${c.municipality}`, flow.click(c.person, "Send inn for min kommune", { on: "roundtable.form" }))),
        );
        const chairView = await cardOf(
          "chair's controls",
          flow.click(people.chair, "Vis for møteleder og sekretær", { on: "meeting.refresh" }),
        );
        const secretaryView = await cardOf(
          "secretary's controls",
          flow.click(people.secretary, "Vis for møteleder og sekretær", { on: "meeting.refresh" }),
        );

        const chairAdvances = async () => {
          let view = chairView;
          for (let i = 0; i < NESTE_CLICKS; i++)
            view = await cardOf(`Neste ${i + 1}`, flow.click(people.chair, "Neste", { card: view, activityId: meetingCardId }));
        };
        const secretaryWrites = async () => {
          let view = secretaryView;
          for (const noteText of NOTES) {
            notedOn.set(noteText, shownIndexOf(view));
            view = await cardOf(
              noteText,
              flow.click(people.secretary, "Legg til notat", { card: view, activityId: meetingCardId, inputs: { noteText } }),
            );
          }
        };
        const started = performance.now();
        const [clicks] = await Promise.all([
          Promise.all([
            ...crowd.map((c) => flow.click(c.person, "Registrer oppmøte", { on: "attendance.checkIn" })),
            ...crowd.map((c, i) =>
              flow.click(c.person, "Send inn", {
                card: forms[i],
                activityId: roundTableCardId,
                inputs: { entryText: `• Status fra ${c.municipality}` },
              }),
            ),
          ]),
          chairAdvances(),
          secretaryWrites(),
        ]);
        process.stdout.write(
          `      burst of ${crowd.length * 2} clicks + ${NESTE_CLICKS} Neste + ${NOTES.length} notes: ` +
            `${Math.round(performance.now() - started)} ms\n`,
        );
        assert.deepEqual([...new Set(clicks.map((c) => c.status))], [200]);
      });
      after(async () => {
        await second?.stop();
        await running?.stop();
      });

      it("stores exactly 60 attendees, each once, all present", async () => {
        const attendees = await docs<Attendee>("attendee");
        assert.equal(attendees.length, 60);
        assert.deepEqual(new Set(attendees.map((a) => a.aadObjectId)), new Set(crowd.map((c) => c.person.aadObjectId)));
      });

      it("stores exactly 60 round-table entries, one per municipality, with its text", async () => {
        const entries = await docs<RoundTableEntry>("roundTableEntry");
        assert.equal(entries.length, 60);
        for (const c of crowd) {
          const entry = entries.find((e) => e.municipality === c.municipality);
          assert.deepEqual(
            entry?.bullets.map((b) => b.text),
            [`Status fra ${c.municipality}`],
            c.municipality,
          );
          assert.deepEqual(
            entry?.contributors.map((p) => p.name),
            [c.person.name],
          );
        }
      });

      it(`moves the agenda exactly ${NESTE_CLICKS} items on, and keeps every note once, on the item it was written on`, async () => {
        const [meeting] = await docs<Meeting>("meeting");
        assert.ok(meeting);
        assert.equal(meeting.currentIndex, NESTE_CLICKS);
        const stored = meeting.agenda.flatMap((item, index) => item.notes.map((note) => ({ text: note.text, index })));
        assert.deepEqual(stored.map((n) => n.text).sort(), [...NOTES].sort());
        for (const note of stored) assert.equal(note.index, notedOn.get(note.text), note.text);
      });

      it(
        "the check-in card's last update shows the stored count and every " +
          "stored name (once the bots have rendered it again after answering)",
        () =>
          eventually(async () => {
            const card = lastRecordedCard(flow.standIn, flow.chat.conversationId, flow.messageWith("attendance.checkIn"));
            const attendees = await docs<Attendee>("attendee");
            assert.ok(textBlocksOf(card).includes(`${attendees.length} til stede`), textBlocksOf(card).join(" | "));
            const facts = factsOf(card);
            for (const a of attendees) assert.equal(facts.get(a.municipality ?? ""), a.name, a.municipality);
          }),
      );

      it("the round-table card's last update shows «N av M har levert» and every stored entry (once rendered again after answering)", () =>
        eventually(async () => {
          const card = lastRecordedCard(flow.standIn, flow.chat.conversationId, flow.messageWith("roundtable.form"));
          const entries = await docs<RoundTableEntry>("roundTableEntry");
          assert.ok(textBlocksOf(card).includes(`${entries.length} av ${crowd.length} har levert`), textBlocksOf(card).join(" | "));
          const facts = factsOf(card);
          for (const e of entries)
            assert.match(facts.get(e.municipality) ?? "", new RegExp(`^✓ ${e.contributors[0]?.name ?? "?"} – `), e.municipality);
        }));

      it(
        "the meeting card's last update shows the stored current item ▶, the done " +
          "✓, and the current item's notes (once rendered again after answering)",
        () =>
          eventually(async () => {
            const card = lastRecordedCard(flow.standIn, flow.chat.conversationId, flow.messageWith("meeting.refresh"));
            const [meeting] = await docs<Meeting>("meeting");
            assert.ok(meeting);
            const texts = textBlocksOf(card);
            assert.ok(texts.includes(`Sak ${meeting.currentIndex + 1} av ${meeting.agenda.length}`), texts.join(" | "));
            const marks = meeting.agenda.map(
              (item, i) => `${i < meeting.currentIndex ? "✓" : i === meeting.currentIndex ? "▶" : "○"}  Sak ${i + 1}: ${item.title}`,
            );
            assert.deepEqual(
              texts.filter((t) => /^[✓▶○] {2}Sak \d+:/.test(t)),
              marks,
            );
            const currentNotes = meeting.agenda[meeting.currentIndex]?.notes.map((n) => `• ${n.text}`) ?? [];
            assert.deepEqual(
              texts.filter((t) => t.startsWith("• ")),
              currentNotes,
            );
          }),
      );
    },
  );

burst(1, 801);
burst(2, 802);
