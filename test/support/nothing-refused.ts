/**
 * Root hook (in .mocharc.json): after every test, each open Bot Connector stand-in is asked for what it
 * refused as Teams would (413, 429, 400) since the last test. A test that did not provoke a refusal
 * (`standIn.provokesRefusals()`) fails if there was one: the bot would have lost a message in Teams.
 */
import { ConnectorStandIn } from "../../scripts/replay/connector-standin";

export const mochaHooks = {
  afterEach(this: Mocha.Context): void {
    const refused = [...ConnectorStandIn.open].flatMap((standIn) => standIn.takeUnexpectedRefusals());
    if (refused.length === 0) return;
    const lines = refused.slice(0, 10).map((r) => `  ${r.status} ${r.code} ${r.operation} in ${r.conversationId}: ${r.detail}`);
    // Fails the test that just ran (a hook that throws would stop the whole run).
    (this.test as Mocha.Hook | undefined)?.error(
      new Error(`The Bot Connector stand-in refused ${refused.length} operation(s) as Teams would:\n${lines.join("\n")}`),
    );
  },
};
