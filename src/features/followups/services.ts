import type { CoreServices } from "../../shared/bot-services";
import type { CommandRoute as AnyCommandRoute } from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import type { WorkingGroupServices } from "../working-group";
import type { FollowUpStore } from "./store";

/**
 * What the follow-ups uses besides the core services: its own stores;
 * and the services of the features it calls.
 * Its handlers see exactly these (`Turn`, and the route types and helpers bound to them); the router's
 * `AppServices` must provide them.
 */
export interface FollowUpServices extends CoreServices, WorkingGroupServices {
  /** The groups' follow-ups (container `groups`). */
  followUps: FollowUpStore;
}

export type Turn = AnyTurn<FollowUpServices>;
export type CommandRoute = AnyCommandRoute<FollowUpServices>;
