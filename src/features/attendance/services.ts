import type { CoreServices } from "../../shared/bot-services";
import {
  routesFor,
  type CardActionRoute as AnyCardActionRoute,
  type CommandRoute as AnyCommandRoute,
  type EventRoute as AnyEventRoute,
} from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import type { WorkingGroupServices } from "../working-group";
import type { AttendeeStore } from "./store";

/**
 * What attendance uses besides the core services: its own stores;
 * and the services of the features it calls.
 * Its handlers see exactly these (`Turn`, and the route types and helpers bound to them); the router's
 * `AppServices` must provide them.
 */
export interface AttendanceServices extends CoreServices, WorkingGroupServices {
  /** Who is present or absent, per meeting (container `meetings`). */
  attendees: AttendeeStore;
}

export type Turn = AnyTurn<AttendanceServices>;
export type CommandRoute = AnyCommandRoute<AttendanceServices>;
export type CardActionRoute = AnyCardActionRoute<AttendanceServices>;
export type EventRoute = AnyEventRoute<AttendanceServices>;
export const { meetingCardAction } = routesFor<AttendanceServices>();
