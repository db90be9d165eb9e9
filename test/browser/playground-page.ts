import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";

/** CHROMIUM_PATH names another Chromium or Chrome (macOS, Windows, another Linux). */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** DESIGN §3: without the background-networking flags Chromium keeps dialling Google on this closed network. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/**
 * Where the card pictures go: an ignored folder on an ordinary test run (a clean checkout stays
 * clean); `npm run screenshots` sets SCREENSHOTS_DIR=docs/cards to refresh the README's pictures.
 */
const SCREENSHOTS = resolve(__dirname, "../..", process.env.SCREENSHOTS_DIR || "test-output/cards");

/** The Agents Playground in Chromium, driven as a person would: type, click, read. */
export class PlaygroundPage {
  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
  ) {}

  static async open(url: string, chat: string): Promise<PlaygroundPage> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: apt-get install chromium; .ci/run does) ` +
          "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
      );
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    const page = await browser.newPage({ locale: "nb-NO", timezoneId: "Europe/Oslo", viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await page.goto(url);
    await page.getByText(chat, { exact: true }).click();
    return new PlaygroundPage(browser, page);
  }

  /** Another window of the same browser (beside the Playground, as a newcomer opens the panel's address). */
  async newWindow(): Promise<Page> {
    const context = await this.browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", viewport: { width: 380, height: 1200 } });
    return context.newPage();
  }

  /** Types `@Møtebot <text>` in the message box (group chats reach the bot only with a mention) and sends it. */
  async say(text: string): Promise<void> {
    await this.page.locator('[data-lexical-editor="true"]').click();
    await this.page.keyboard.type("@Møtebot");
    await this.page.locator("#typeahead-menu").getByText("Møtebot", { exact: true }).click();
    await this.page.keyboard.type(` ${text}`);
    await this.page.keyboard.press("Enter");
  }

  /** The newest card (outermost Adaptive Card, not a nested one) that shows `text`, waited for. */
  async card(text: string | RegExp): Promise<Locator> {
    const card = this.page.locator(".ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)").filter({ hasText: text }).last();
    await card.waitFor();
    return card;
  }

  /**
   * Like `card`, once its text has stopped changing: a click brings back both the clicker's view
   * (the invoke response) and the shared message's update, in either order.
   */
  async settledCard(text: string | RegExp, quietMs = 600): Promise<Locator> {
    const card = await this.card(text);
    let before = await card.innerText();
    for (let tries = 0; tries < 20; tries++) {
      await this.page.waitForTimeout(quietMs);
      const now = await card.innerText();
      if (now === before) return card;
      before = now;
    }
    return card;
  }

  /** The newest plain message from the bot that contains `text`. */
  async message(text: string | RegExp): Promise<Locator> {
    const message = this.page.getByText(text).last();
    await message.waitFor();
    return message;
  }

  async screenshot(card: Locator, name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), animations: "disabled" });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
