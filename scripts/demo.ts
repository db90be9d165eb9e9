/**
 * `npm run demo [-- <output folder>]`: starts the bot on the embedded Cosmos server, replays the
 * 11 September 2025 meeting of Næringssamarbeid to it over HTTP as Teams would (through the Bot
 * Connector stand-in the tests use), asks for the referat and the notice, and writes referat.md,
 * referat.docx and innkalling.docx. No Azure, no Teams.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { meetingChat, type Person } from "./replay/activities";
import type { MeetingFlow } from "./replay/meeting-flow";
import { startRunningBot } from "./replay/running-bot";
import { askReferat, replayScenario } from "./replay/replay-scenario";
import { loadScenario } from "./replay/scenario";

const SCENARIO = "naeringssamarbeid-2025-09-11";

/** The secretary gives the archive reference ("Vår ref") and types `innkalling`; the notice card's Word link, downloaded. */
async function noticeFile(flow: MeetingFlow, secretary: Person): Promise<Buffer> {
  await flow.ask(secretary, "arkivref 25/01234");
  await flow.ask(secretary, "innkalling");
  const card = flow.standIn.messages(flow.chat.conversationId).find((m) => JSON.stringify(m.activity).includes("Last ned innkallingen"));
  const url = /"url":"([^"]+\/download\/[^"]+)"/.exec(JSON.stringify(card?.activity ?? {}))?.[1];
  if (!url) throw new Error("no notice card with its Word link");
  const file = await fetch(url);
  if (file.status !== 200) throw new Error(`the notice's download answered ${file.status}`);
  return Buffer.from(await file.arrayBuffer());
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? "demo-output");
  const started = Date.now();
  const running = await startRunningBot();
  try {
    console.error(`Møtebot is running at ${running.bot.url} (embedded Cosmos server, Bot Connector stand-in at ${running.standIn.url})`);
    const scenario = loadScenario(SCENARIO);
    console.error(
      `Replaying scripts/replay/scenarios/${SCENARIO}.json: ${scenario.people.length} people, ${scenario.agenda.length} agenda items, ` +
        `${scenario.roundTable.length} round-table entries…`,
    );
    const replayed = await replayScenario(
      { botUrl: () => running.bot.url, standIn: running.standIn, storageEnv: running.storage.env },
      scenario,
      meetingChat(),
    );
    const sent = running.standIn.recorded(replayed.flow.chat.conversationId).length;
    console.error(
      `Replayed in ${Date.now() - started} ms; the bot sent or updated ${sent} messages in the meeting chat. The secretary types ` +
        `«referat»…`,
    );

    const answer = await askReferat(replayed.flow, replayed.secretary);
    const docx = await fetch(answer.docxUrl);
    const markdown = await fetch(answer.markdownUrl);
    if (docx.status !== 200 || markdown.status !== 200) throw new Error(`download failed: ${docx.status} / ${markdown.status}`);
    mkdirSync(outDir, { recursive: true });
    const mdPath = resolve(outDir, "referat.md");
    const docxPath = resolve(outDir, "referat.docx");
    const markdownText = await markdown.text();
    writeFileSync(mdPath, markdownText);
    writeFileSync(docxPath, Buffer.from(await docx.arrayBuffer()));

    const noticePath = resolve(outDir, "innkalling.docx");
    writeFileSync(noticePath, await noticeFile(replayed.flow, replayed.secretary));

    console.log(markdownText);
    console.log(`Markdown: ${mdPath}`);
    console.log(`Word:     ${docxPath}`);
    console.log(`Notice:   ${noticePath}`);
  } finally {
    await running.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
