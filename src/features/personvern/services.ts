import type { CoreServices } from "../../shared/bot-services";
import { routesFor, type CardActionRoute as AnyCardActionRoute, type CommandRoute as AnyCommandRoute } from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import type { ReferatServices } from "../referat";
import type { WorkingGroupServices } from "../working-group";
import type { RetentionClaims } from "./retention-claims";
import type { PersonvernStore } from "./store";

/**
 * What the personvern tools (innsyn, retting, sletting) use besides the core services: a reader of
 * every document of a group and its meetings; the groups; and the download links (referat's).
 */
export interface PersonvernServices extends CoreServices, WorkingGroupServices, ReferatServices {
  /** Every document of a group's partition (container `groups`) and of its meetings' (container `meetings`). */
  personvern: PersonvernStore;
  /** The daily retention sweep's claim (container `schedule`): one instance sweeps each day. */
  retentionClaims: RetentionClaims;
  /** RETENTION_MONTHS: how long after approval a meeting's working documents are kept. */
  retentionMonths: number;
}

export type Turn = AnyTurn<PersonvernServices>;
export type CommandRoute = AnyCommandRoute<PersonvernServices>;
export type CardActionRoute = AnyCardActionRoute<PersonvernServices>;
export const { cardAction } = routesFor<PersonvernServices>();
