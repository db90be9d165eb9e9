import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import JSZip from "jszip";
import { PNG } from "pngjs";
import { commandRoutes as commandCatalog } from "../src/router/route-table";
import { parseCommand } from "../src/router/parse-command";
import { startBot } from "../scripts/replay/bot-process";
import { checkLocalization, checkManifest } from "../scripts/app-package/manifest-schema";

const run = promisify(execFile);
const VALUES = {
  TEAMS_APP_ID: "3c1f9a0e-5b7d-4e2a-9f10-2a6b8c4d7e91",
  BOT_ID: "28f6e1c2-3b4a-4d5e-8f60-7a1b2c3d4e51",
  BOT_DOMAIN: "motebot01.azurewebsites.net",
  AAD_APP_CLIENT_ID: "6d2b9e4f-1c3a-4b7d-9e8f-0a1b2c3d4e5f",
};

interface CommandList {
  scopes: string[];
  commands: Array<{ title: string; description: string }>;
}
interface Manifest {
  manifestVersion: string;
  $schema: string;
  id: string;
  bots: Array<{ botId: string; scopes: string[]; commandLists: CommandList[] }>;
  validDomains: string[];
  authorization: { permissions: { resourceSpecific: Array<{ name: string; type: string }> } };
  defaultGroupCapability: Record<string, string>;
  webApplicationInfo: { id: string; resource: string };
  configurableTabs: Array<{ configurationUrl: string; scopes: string[]; context: string[] }>;
}

const packageApp = (env: Record<string, string>) =>
  run(process.execPath, ["--import", "tsx", "scripts/package-app.ts"], { env: { ...process.env, ...env } });

describe("Teams app package (npm run package)", function () {
  this.timeout(60_000);
  let zip: JSZip;
  let manifest: Manifest;
  let english: Record<string, string>;

  before(async () => {
    await packageApp(VALUES);
    zip = await JSZip.loadAsync(readFileSync("appPackage/build/appPackage.zip"));
    manifest = JSON.parse(await zip.file("manifest.json")!.async("string")) as Manifest;
    english = JSON.parse(await zip.file("en.json")!.async("string")) as Record<string, string>;
  });

  it("zips exactly the manifest, its English strings and the two icons, with the ids and host filled in", async () => {
    assert.deepEqual(Object.keys(zip.files).sort(), ["color.png", "en.json", "manifest.json", "outline.png"]);
    const text = await zip.file("manifest.json")!.async("string");
    assert.doesNotMatch(text, /\$\{\{/, "no placeholder left");
    assert.equal(manifest.id, VALUES.TEAMS_APP_ID);
    assert.equal(manifest.bots[0]?.botId, VALUES.BOT_ID);
    // A bot whose identity is a managed identity gets RSC through an app registration (webApplicationInfo.id),
    // and the meeting panel's single sign-on asks Entra for that app's API (webApplicationInfo.resource).
    assert.equal(manifest.webApplicationInfo.id, VALUES.AAD_APP_CLIENT_ID);
    assert.equal(manifest.webApplicationInfo.resource, `api://${VALUES.BOT_DOMAIN}/${VALUES.AAD_APP_CLIENT_ID}`);
    assert.deepEqual(manifest.validDomains, [VALUES.BOT_DOMAIN], "referat download links are on the bot's own host");
  });

  it("passes the official Teams schema of its version (1.17 or later), offline", () => {
    assert.ok(Number(manifest.manifestVersion.split(".")[1]) >= 17);
    assert.match(manifest.$schema, new RegExp(`/v${manifest.manifestVersion}/MicrosoftTeams\\.schema\\.json$`));
    assert.deepEqual(checkManifest(manifest.manifestVersion, manifest), { valid: true });
    assert.deepEqual(checkLocalization(manifest.manifestVersion, english), { valid: true });
  });

  it("the schema check is real: a menu of 11 commands or a bot id that is no GUID is refused", () => {
    const tooMany = structuredClone(manifest);
    const list = tooMany.bots[0]!.commandLists[0]!;
    list.commands = [...list.commands, { title: "x", description: "y" }];
    const result = checkManifest(tooMany.manifestVersion, tooMany);
    assert.equal(result.valid, false);
    const badId = structuredClone(manifest);
    badId.bots[0]!.botId = "motebot";
    assert.equal(checkManifest(badId.manifestVersion, badId).valid, false);
  });

  it("offers the meeting side panel as a tab in the meeting's side panel, chat and details, configured on the bot's host", () => {
    const [tab] = manifest.configurableTabs;
    assert.ok(tab);
    assert.deepEqual([...tab.context].sort(), ["meetingChatTab", "meetingDetailsTab", "meetingSidePanel"]);
    assert.deepEqual(tab.scopes, ["groupChat"]);
    assert.equal(tab.configurationUrl, `https://${VALUES.BOT_DOMAIN}/panel/configure`);
  });

  it("is a bot for personal, group and team chats, added to meetings as a bot, with the meeting permissions", () => {
    assert.deepEqual([...manifest.bots[0]!.scopes].sort(), ["groupChat", "personal", "team"]);
    assert.equal(manifest.defaultGroupCapability.meetings, "bot");
    assert.deepEqual(manifest.authorization.permissions.resourceSpecific.map((p) => p.name).sort(), [
      "ChannelMeeting.ReadBasic.Group",
      "OnlineMeeting.ReadBasic.Chat",
      "OnlineMeetingParticipant.Read.Chat",
    ]);
  });

  it("the command menu of every scope is the catalogue's menu commands, in Norwegian, and in English in en.json", () => {
    const menu = commandCatalog.filter((command) => command.menu);
    const lists = manifest.bots[0]!.commandLists;
    assert.deepEqual(lists.flatMap((l) => l.scopes).sort(), ["groupChat", "personal", "team"]);
    lists.forEach((list, l) => {
      assert.deepEqual(
        list.commands,
        menu.map((c) => ({ title: c.names.nb, description: c.description.nb })),
        `list ${l}`,
      );
      menu.forEach((command, i) => {
        assert.equal(english[`bots[0].commandLists[${l}].commands[${i}].title`], command.names.en);
        assert.equal(english[`bots[0].commandLists[${l}].commands[${i}].description`], command.description.en);
      });
    });
    for (const { title } of lists[0]!.commands) {
      assert.equal(parseCommand(title).kind, "known", `the bot handles «${title}» as typed from the menu`);
    }
  });

  it("every command the bot handles is in the menu, except those Teams' limit of ten leaves out (they are card buttons too)", () => {
    const left = commandCatalog.filter((command) => !command.menu).map((command) => command.names.nb);
    assert.deepEqual(left, [
      "forfall",
      "innkalling",
      "forrige",
      "sak",
      "notat",
      "vedtak",
      "innledning",
      "sakspapirer",
      "arkivref",
      "oppfølging",
      // Not for group chats at all: the personvern tools are used in the secretary's 1:1 chat.
      "personvern",
    ]);
    assert.equal(commandCatalog.length - left.length, 10);
  });

  it("icons: color 192×192 opaque; outline 32×32 white on transparent", async () => {
    const color = PNG.sync.read(await zip.file("color.png")!.async("nodebuffer"));
    assert.deepEqual([color.width, color.height], [192, 192]);
    for (let i = 3; i < color.data.length; i += 4) assert.equal(color.data[i], 255, "the color icon has no transparent pixel");
    const outline = PNG.sync.read(await zip.file("outline.png")!.async("nodebuffer"));
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let transparent = 0;
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) transparent++;
      else {
        assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is white where it is not transparent`);
        white++;
      }
    }
    assert.ok(transparent > 32 * 32 * 0.4 && white > 32 * 32 * 0.15, `${transparent} transparent, ${white} white pixels`);
  });

  it("the developer, privacy and terms links on the app's details page are served by the bot itself", async () => {
    const developer = (manifest as unknown as { developer: Record<string, string> }).developer;
    const links = [developer.websiteUrl, developer.privacyUrl, developer.termsOfUseUrl].map((url) => new URL(url!));
    assert.ok(links.every((url) => url.host === VALUES.BOT_DOMAIN && url.protocol === "https:"));
    const bot = await startBot();
    try {
      for (const { pathname } of links) {
        const response = await fetch(`${bot.url}${pathname}`);
        assert.equal(response.status, 200, pathname);
        assert.match(String(response.headers.get("content-type")), /text\/html/);
        assert.match(await response.text(), /<h1>(Møtebot|Personvern|Vilkår for bruk)<\/h1>/);
      }
    } finally {
      await bot.stop();
    }
  });

  it("refuses to build without the bot's id and host, naming what is missing", async () => {
    const failed = await packageApp({ BOT_ID: "", BOT_DOMAIN: "", TEAMS_APP_ID: VALUES.TEAMS_APP_ID }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    assert.ok(failed, "exits non-zero");
    assert.match(failed.stderr, /BOT_ID/);
    assert.match(failed.stderr, /BOT_DOMAIN/);
  });
});
