/**
 * What people type is stored as they see it: NFC, with no invisible characters (zero-width,
 * bidirectional controls, NUL and other controls) and no lone surrogates, whichever way it comes
 * in (typed text, card data, names from Teams). Municipality names are unique after that and
 * after case folding.
 */
import assert from "node:assert/strict";
import { people, type Person } from "../../scripts/replay/activities";
import { answerOf } from "../support/invoke-answer";
import { startRunningBot, type RunningBot } from "../../scripts/replay/running-bot";
import { AGENDA_TEXT, type MeetingFlow } from "../../scripts/replay/meeting-flow";
import { storageSnapshot } from "../support/storage-snapshot";
import { importTestGroup, linkedMeeting, TEST_GROUP_ID, TEST_MUNICIPALITIES } from "../support/test-group";

const GROUP_NAME = "Osloregionens faggruppe for Næringssamarbeid";
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- NUL is one of the characters looked for
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000\u200B-\u200D\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/** What the second review found stored: invisible operators and format characters, fillers, tags, annotations. */
// eslint-disable-next-line no-misleading-character-class -- the combining and joining characters are what this looks for
const STILL_INVISIBLE = /[\u2061-\u2064\u206A-\u206F\u034F\u180E\u17B4\uFFF9-\uFFFB\u115F\u1160\u3164\uFFA0\u2800\u{E0000}-\u{E007F}]/u;

/** Every string in a value, object keys included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
  return [];
}

describe("text is stored cleaned: NFC, nothing invisible, no lone surrogates", () => {
  let running: RunningBot;
  let flow: MeetingFlow;
  const meetingId = (): string => flow.chat.meetingId ?? "";

  before(async function () {
    this.timeout(60_000);
    running = await startRunningBot();
    await importTestGroup(running.storage.env);
    flow = await linkedMeeting(running, 961);
  });
  after(async () => running?.stop());

  async function storedGroup(): Promise<{ name: string; municipalities: string[] }> {
    const { resource } = await running.storage.container("groups").item(TEST_GROUP_ID, TEST_GROUP_ID).read();
    assert.ok(resource);
    return resource as { name: string; municipalities: string[] };
  }

  it("an invisible municipality is not stored, a look-alike is stored as it shows, and OSLO after Oslo is one municipality", async () => {
    const typed = [
      ...TEST_MUNICIPALITIES,
      "\u200b", // nothing visible: like a blank line
      "\u202eolsO", // a right-to-left override that shows "Oslo"
      "Oslo\u200b kommune", // "Oslo kommune" with a zero-width space: the same municipality
      "OSLO KOMMUNE",
      "Ra\u030Ade", // "Råde" with a combining ring
    ].join("\n");
    const saved = await flow.invoke(people.secretary, "setup.save", { groupId: TEST_GROUP_ID, name: GROUP_NAME, municipalities: typed });
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual((await storedGroup()).municipalities, [...TEST_MUNICIPALITIES, "olsO", "R\u00E5de"]);
  });

  it("a group name of invisible characters only is refused like an empty one, and nothing is stored", async () => {
    const before = await storedGroup();
    const answer = await flow.invoke(people.secretary, "setup.save", {
      groupId: TEST_GROUP_ID,
      name: "\u200b\u2066\u202e\u0000",
      municipalities: TEST_MUNICIPALITIES.join("\n"),
    });
    assert.equal(answerOf(answer), "Navnet kan ikke være tomt.");
    assert.deepEqual(await storedGroup(), before);
  });

  it("a lone surrogate, NUL or bidi control in typed text, card data or a Teams name never reaches storage", async () => {
    const saved = await flow.invoke(people.secretary, "agenda.save", {
      meetingId: meetingId(),
      agendaText: `${AGENDA_TEXT}\nEkstra sak \uD800\u0000`,
    });
    assert.equal(saved.status, 200, saved.text);
    await flow.ask(people.secretary, "start nå");
    await flow.ask(people.chair, "notat Vedtatt \uDC00 med \u202Eendring");
    await flow.ask(people.secretary, "rundebord Status \uD83D");
    const submitted = await flow.invoke(people.member, "roundtable.submit", {
      meetingId: meetingId(),
      municipality: "Kongsvinger",
      entryText: "• Bredbånd \uDBFF ferdig\u200b\n• Nytt næringsområde \u2067regulert",
    });
    assert.equal(submitted.status, 200, submitted.text);
    const hidden: Person = { id: "29:hidden-name", aadObjectId: "7d1c2b3a-0000-4000-8000-00000000c0de", name: "Per\u202E \uD800Hansen" };
    const checkedIn = await flow.invoke(hidden, "attendance.checkIn", { meetingId: meetingId() });
    assert.equal(checkedIn.status, 200, checkedIn.text);

    const strings = stringsIn([...(await storageSnapshot(running.storage)).values()]);
    assert.deepEqual(
      strings.filter((text) => UNSTORABLE.test(text)),
      [],
    );
    const stored = strings.join("\n");
    assert.match(stored, /Bredbånd  ?ferdig/);
    assert.match(stored, /Per Hansen/);
    assert.match(stored, /Nytt næringsområde regulert/);
  });

  it("invisible operators, fillers, tags, Braille blank: a note of them is refused, Asker + them is Asker, a name loses them", async () => {
    const shownAsNothing = ["\u3164\u3164", "\u{E0020}\u{E0041}", "\u2061\u2062\u2063\u2064", "\u2800\u2800", "\u115F\u1160\uFFA0"];
    for (const invisible of shownAsNothing) {
      assert.match(await flow.ask(people.chair, `notat ${invisible}`), /Skriv teksten etter kommandoen/, `notat ${[...invisible].length}`);
    }
    const entry = await flow.invoke(people.member, "roundtable.submit", {
      meetingId: meetingId(),
      municipality: "Hamarregionen",
      entryText: "\u3164\n\u2800\n\u{E0020}",
    });
    assert.match(answerOf(entry), /tom|Skriv/i, "an entry of fillers is an empty entry");

    const askers = ["Asker", "Asker\u2063", "Asker\u{E0020}", "Asker\u3164", "\u3164", "\u2800", "- \u2063 -"].join("\n");
    const saved = await flow.invoke(people.secretary, "setup.save", {
      groupId: TEST_GROUP_ID,
      name: GROUP_NAME,
      municipalities: `${TEST_MUNICIPALITIES.join("\n")}\n${askers}`,
    });
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual((await storedGroup()).municipalities, [...TEST_MUNICIPALITIES, "Asker"]);

    assert.equal(
      await flow.ask(people.secretary, "oppmøte legg til Nils\u2063 Nyk\u2064ommer"),
      "Nils Nykommer er lagt til som til stede.",
    );
    assert.match(await flow.ask(people.secretary, "oppmøte legg til \u2800 -- \u3164"), /Skriv et navn/);

    const strings = stringsIn([...(await storageSnapshot(running.storage)).values()]);
    assert.deepEqual(
      strings.filter((text) => STILL_INVISIBLE.test(text)),
      [],
    );
  });
});
