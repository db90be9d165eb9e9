import type { CoreServices } from "../../shared/bot-services";
import {
  routesFor,
  type CardActionRoute as AnyCardActionRoute,
  type CommandRoute as AnyCommandRoute,
  type EventRoute as AnyEventRoute,
} from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";

/**
 * What help and the welcome card use besides the core services: nothing of its own.
 * Its handlers see exactly these (`Turn`, and the route types and helpers bound to them); the router's
 * `AppServices` must provide them.
 */
export type HelpServices = CoreServices;

export type Turn = AnyTurn<HelpServices>;
export type CommandRoute = AnyCommandRoute<HelpServices>;
export type CardActionRoute = AnyCardActionRoute<HelpServices>;
export type EventRoute = AnyEventRoute<HelpServices>;
export const { cardAction } = routesFor<HelpServices>();
