import type { Turn as AnyTurn } from "../../shared/turn";
import type { MeetingServices } from "../meeting";

/**
 * What the meeting side panel uses: the meeting's services (its walk-through, attendance, round
 * table and follow-ups, and the group); nothing of its own. The panel is another way in to them:
 * every rule and write stays in those features.
 */
export type PanelServices = MeetingServices;

export type Turn = AnyTurn<PanelServices>;
