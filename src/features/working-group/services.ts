import type { CoreServices } from "../../shared/bot-services";
import { routesFor, type CardActionRoute as AnyCardActionRoute, type CommandRoute as AnyCommandRoute } from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import type { GroupStore } from "./store";

/**
 * What the working group uses besides the core services: its own stores.
 * Its handlers see exactly these (`Turn`, and the route types and helpers bound to them); the router's
 * `AppServices` must provide them.
 */
export interface WorkingGroupServices extends CoreServices {
  /** The groups: members, municipalities, roles (container `groups`). */
  groups: GroupStore;
}

export type Turn = AnyTurn<WorkingGroupServices>;
export type CommandRoute = AnyCommandRoute<WorkingGroupServices>;
export type CardActionRoute = AnyCardActionRoute<WorkingGroupServices>;
export const { cardAction } = routesFor<WorkingGroupServices>();
