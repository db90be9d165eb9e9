import type { CoreServices } from "../../shared/bot-services";
import { routesFor, type CardActionRoute as AnyCardActionRoute, type CommandRoute as AnyCommandRoute } from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import type { WorkingGroupServices } from "../working-group";
import type { RoundTableStore } from "./store";
import type { ScheduleStore } from "./reminders/schedule-store";

/**
 * What the round table uses besides the core services: its own stores;
 * and the services of the features it calls.
 * Its handlers see exactly these (`Turn`, and the route types and helpers bound to them); the router's
 * `AppServices` must provide them.
 */
export interface RoundTableServices extends CoreServices, WorkingGroupServices {
  /** The municipalities' entries, per meeting (container `meetings`). */
  roundTable: RoundTableStore;
  /** The planned reminders (container `schedule`). */
  schedule: ScheduleStore;
}

export type Turn = AnyTurn<RoundTableServices>;
export type CommandRoute = AnyCommandRoute<RoundTableServices>;
export type CardActionRoute = AnyCardActionRoute<RoundTableServices>;
export const { meetingCardAction } = routesFor<RoundTableServices>();
