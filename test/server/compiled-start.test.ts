import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { people } from "../../scripts/replay/activities";
import { startBot, ensureBuilt, type BotProcess } from "../../scripts/replay/bot-process";
import { ConnectorStandIn } from "../../scripts/replay/connector-standin";
import { startTestStorage, type TestStorage } from "../../scripts/replay/test-storage";
import { MeetingFlow } from "../../scripts/replay/meeting-flow";
import { importTestGroup, linkedMeeting } from "../support/test-group";

const repoRoot = resolve(__dirname, "../..");

/**
 * Production runs compiled JavaScript: `npm run build` writes dist/, `npm start` runs
 * dist/src/main.js. Here the build is copied where there is no src/ and no cards/ (as App Service
 * gets it: .webappignore leaves src/ out) and driven through one check-in.
 */
describe("the compiled bot, as deployed", () => {
  let deployed: string;
  let storage: TestStorage;
  let standIn: ConnectorStandIn;
  let bot: BotProcess;

  before(async () => {
    ensureBuilt();
    deployed = mkdtempSync(join(tmpdir(), "motebot-deployed-"));
    cpSync(join(repoRoot, "dist"), join(deployed, "dist"), { recursive: true });
    cpSync(join(repoRoot, "package.json"), join(deployed, "package.json"));
    cpSync(join(repoRoot, "scripts/build.mjs"), join(deployed, "scripts/build.mjs"));
    symlinkSync(join(repoRoot, "node_modules"), join(deployed, "node_modules"));
    storage = await startTestStorage();
    standIn = await ConnectorStandIn.start();
  });
  after(async () => {
    await bot?.stop();
    await standIn?.close();
    await storage?.close();
    rmSync(deployed, { recursive: true, force: true });
  });

  it("npm start's script runs dist/src/main.js, and typescript and tsx are development dependencies only", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    assert.match(pkg.scripts.start ?? "", /^node .* dist\/src\/main\.js$/);
    assert.equal(pkg.scripts.build, "node scripts/build.mjs");
    assert.equal(pkg.scripts.prestart, pkg.scripts.build);
    for (const name of ["typescript", "tsx"]) {
      assert.equal(pkg.dependencies[name], undefined, `${name} is not a runtime dependency`);
      assert.ok(pkg.devDependencies[name], `${name} is a devDependency`);
    }
  });

  it("deployment builds first and ships dist/ without src/", () => {
    assert.match(readFileSync(join(repoRoot, "m365agents.yml"), "utf8"), /args: ci\n(.*\n){1,3}\s+args: run build\n/);
    assert.match(readFileSync(join(repoRoot, ".webappignore"), "utf8"), /^src\/$/m);
    assert.match(readFileSync(join(repoRoot, "infra/azure.bicep"), "utf8"), /appCommandLine: 'npm start'/);
  });

  it("the build step builds nothing where only dist/ was deployed, and refuses clearly where dist/ is missing", () => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: deployed });
    assert.equal(existsSync(join(deployed, "dist/.tsbuildinfo")), existsSync(join(repoRoot, "dist/.tsbuildinfo")));
    const empty = mkdtempSync(join(tmpdir(), "motebot-empty-"));
    cpSync(join(repoRoot, "scripts/build.mjs"), join(empty, "scripts/build.mjs"));
    try {
      assert.throws(
        () => execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: empty, stdio: "pipe" }),
        (error: { stderr?: Buffer }) => /dist\/src\/main\.js is missing/.test(String(error.stderr)),
      );
      // The compiled bot without the panel's bundle is refused too.
      cpSync(join(repoRoot, "dist/src"), join(empty, "dist/src"), { recursive: true });
      assert.throws(
        () => execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: empty, stdio: "pipe" }),
        (error: { stderr?: Buffer }) => /dist\/panel\/panel\.js is missing/.test(String(error.stderr)),
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("started from the build alone (no src/, no cards/), it answers a check-in with the card", async () => {
    assert.ok(!existsSync(join(deployed, "src")) && !existsSync(join(deployed, "cards")));
    bot = await startBot(storage.env, { cwd: deployed });
    const running = { storage, standIn, bot, stop: async () => undefined };
    await importTestGroup(storage.env);
    const flow = await linkedMeeting(running, 401);
    await flow.say(people.member, "oppmøte");
    await standIn.waitFor(
      (a) => a.conversationId === flow.chat.conversationId && JSON.stringify(a.activity).includes("attendance.checkIn"),
    );
    const card = JSON.stringify(MeetingFlow.cardOf(await flow.click(people.member, "Registrer oppmøte", { on: "attendance.checkIn" })));
    assert.match(card, /1 til stede/);
    assert.ok(card.includes(people.member.name));
    // The meeting side panel's page and bundle come from dist/panel.
    for (const path of ["/panel", "/panel/assets/panel.js", "/panel/assets/panel.css"]) {
      assert.equal((await fetch(`${bot.url}${path}`)).status, 200, path);
    }
  });
});
