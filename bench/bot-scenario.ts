import { cardInvoke, meetingChat, people, type Person } from "../scripts/replay/activities";
import { findAction, mergedActionData, postActivity } from "../scripts/replay/bot-client";
import { guidFrom, mriFrom } from "../scripts/replay/chats";
import type { ConnectorStandIn } from "../scripts/replay/connector-standin";
import { MeetingFlow } from "../scripts/replay/meeting-flow";
import { importGroup } from "../src/features/working-group/import-group";
import type { GroupStore } from "../src/features/working-group/store";
import type { Send } from "./load";

export const GROUP_ID = "bench-group";
export const MUNICIPALITY_COUNT = 60;
export const AGENDA_ITEMS = 30;

const municipalities = Array.from({ length: MUNICIPALITY_COUNT }, (_, i) => `Kommune ${String(i + 1).padStart(2, "0")}`);
/** One representative per municipality, each a group member with their municipality on record. */
export const representatives: Person[] = municipalities.map((_, i) => ({
  id: mriFrom(`bench-rep-${i}`),
  name: `Representant ${i + 1}`,
  aadObjectId: guidFrom(`bench-rep-${i}`),
}));
const agendaText = Array.from({ length: AGENDA_ITEMS }, (_, i) => `Sak ${i + 1}: Tema nummer ${i + 1}`).join("\n");

/** A clicked card answered 200 with a card; anything else would make the figures meaningless. */
export async function expectCard(
  response: Promise<{ status: number; body: unknown; text: string }>,
  what: string,
): Promise<Record<string, unknown>> {
  const { status, body, text } = await response;
  const value = (body as { type?: string; value?: Record<string, unknown> } | undefined) ?? {};
  if (status !== 200 || value.type !== "application/vnd.microsoft.card.adaptive" || !value.value) {
    throw new Error(`${what}: expected a card, got ${status} ${text.slice(0, 300)}`);
  }
  return value.value;
}

/** The working group of every benchmark meeting: 60 municipalities, their representatives, chair and secretary. */
export async function storeBenchGroup(groups: GroupStore): Promise<void> {
  const members = [
    { name: people.chair.name, aadObjectId: people.chair.aadObjectId, role: "chair" as const },
    { name: people.secretary.name, aadObjectId: people.secretary.aadObjectId, role: "secretary" as const },
    ...representatives.map((p, i) => ({
      name: p.name,
      aadObjectId: p.aadObjectId,
      municipality: municipalities[i],
      role: "member" as const,
    })),
  ];
  await groups.upsert(
    importGroup({ groupId: GROUP_ID, name: "Benchmarkgruppen", leaderTitle: "leder", municipalities, members }, undefined, new Date()),
  );
}

/**
 * One Teams meeting chat prepared as people would over HTTP: Teams' meeting start, `oppsett`
 * linking the group, a 30-item agenda, `start` (meeting and check-in cards), `rundebord`.
 */
export class BenchMeeting {
  private chairView: Record<string, unknown> | undefined;
  private moves = AGENDA_ITEMS - 1;

  private constructor(
    readonly flow: MeetingFlow,
    readonly meetingId: string,
  ) {}

  static async prepare(botUrl: string, standIn: ConnectorStandIn, n: number, groupId = GROUP_ID): Promise<BenchMeeting> {
    const flow = new MeetingFlow(() => botUrl, standIn, meetingChat(9000 + n));
    const chatId = flow.chat.conversationId;
    const posted = (text: string) =>
      standIn.waitFor((a) => a.conversationId === chatId && JSON.stringify(a.activity).includes(text), 30_000);
    await flow.meetingStarts(people.secretary, "Benchmarkmøte", "2025-09-11T08:00:00Z");
    await flow.say(people.secretary, "oppsett");
    await posted("setup.link");
    await expectCard(flow.click(people.secretary, "setup.link", { on: "setup.link", inputs: { groupId } }), "link the group");
    await flow.say(people.chair, "agenda");
    await posted("agenda.edit");
    const editor = await expectCard(flow.click(people.chair, "agenda.edit", { on: "agenda.edit" }), "open the agenda editor");
    await expectCard(
      flow.click(people.chair, "agenda.save", { card: editor, activityId: flow.messageWith("agenda.edit"), inputs: { agendaText } }),
      "save the agenda",
    );
    await flow.say(people.chair, "start");
    await posted(`Sak 1 av ${AGENDA_ITEMS}`);
    await flow.say(people.chair, "oppmøte");
    await posted("attendance.checkIn");
    await flow.say(people.chair, "rundebord Status");
    await posted("roundtable.form");
    const meetingId = flow.chat.meetingId;
    if (!meetingId) throw new Error("a meeting chat has a meeting id");
    return new BenchMeeting(flow, meetingId);
  }

  private invoke(
    person: Person,
    verb: string,
    data: Record<string, unknown>,
    replyToId: string,
    trigger: "manual" | "automatic" = "manual",
  ): Send {
    const activity = cardInvoke({ ...this.flow.as(person), verb, data, replyToId, trigger });
    return async () => {
      this.lastCard = await expectCard(postActivity(this.flow.botUrl(), activity), verb);
    };
  }

  /** The card the last sent invoke answered with. */
  lastCard: Record<string, unknown> | undefined;

  /** Teams fetching the leader's own view of the meeting card (`refresh`, trigger automatic). */
  refresh(person: Person): Send {
    return this.invoke(
      person,
      "meeting.refresh",
      { verb: "meeting.refresh", meetingId: this.meetingId },
      this.flow.messageWith("meeting.refresh"),
      "automatic",
    );
  }

  /** "Registrer oppmøte" on the shared check-in card. */
  checkIn(person: Person): Send {
    return this.invoke(
      person,
      "attendance.checkIn",
      { verb: "attendance.checkIn", meetingId: this.meetingId },
      this.flow.messageWith("attendance.checkIn"),
    );
  }

  /** "Send inn" on the round-table form the representative fetched just before (fetching is not timed). */
  async submit(person: Person, text: string): Promise<Send> {
    const cardId = this.flow.messageWith("roundtable.form");
    const form = await expectCard(
      postActivity(
        this.flow.botUrl(),
        cardInvoke({
          ...this.flow.as(person),
          verb: "roundtable.form",
          data: { verb: "roundtable.form", meetingId: this.meetingId },
          replyToId: cardId,
        }),
      ),
      "fetch the form",
    );
    const data = mergedActionData(form, findAction(form, "roundtable.submit"), { entryText: text });
    return this.invoke(person, "roundtable.submit", data, cardId);
  }

  /** Agenda moves left for Neste. */
  get nesteLeft(): number {
    return this.moves;
  }

  /** The chair's "Neste" on their own view of the meeting card (the view is fetched once, not timed). */
  async neste(): Promise<Send> {
    if (this.moves <= 0) throw new Error("no agenda item left");
    const cardId = this.flow.messageWith("meeting.refresh");
    if (!this.chairView) {
      this.chairView = await expectCard(
        postActivity(
          this.flow.botUrl(),
          cardInvoke({
            ...this.flow.as(people.chair),
            verb: "meeting.refresh",
            data: { verb: "meeting.refresh", meetingId: this.meetingId },
            replyToId: cardId,
          }),
        ),
        "chair's view",
      );
    }
    const data = mergedActionData(this.chairView, findAction(this.chairView, "meeting.next"));
    this.moves -= 1;
    const send = this.invoke(people.chair, "meeting.next", data, cardId);
    return async () => {
      await send();
      this.chairView = this.lastCard;
    };
  }
}
