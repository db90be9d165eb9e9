import type { CoreServices } from "../../shared/bot-services";
import {
  routesFor,
  type CardActionRoute as AnyCardActionRoute,
  type CommandRoute as AnyCommandRoute,
  type EventRoute as AnyEventRoute,
} from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import type { AttendanceServices } from "../attendance";
import type { FollowUpServices } from "../followups";
import type { RoundTableServices } from "../roundtable";

/**
 * What the meeting and its walk-through use besides the core services: nothing of its own;
 * and the services of the features it calls.
 * Its handlers see exactly these (`Turn`, and the route types and helpers bound to them); the router's
 * `AppServices` must provide them.
 */
export interface MeetingServices extends CoreServices, AttendanceServices, FollowUpServices, RoundTableServices {}

export type Turn = AnyTurn<MeetingServices>;
export type CommandRoute = AnyCommandRoute<MeetingServices>;
export type CardActionRoute = AnyCardActionRoute<MeetingServices>;
export type EventRoute = AnyEventRoute<MeetingServices>;
export const { meetingCardAction } = routesFor<MeetingServices>();
