import type { CoreServices } from "../../shared/bot-services";
import { routesFor, type CardActionRoute as AnyCardActionRoute, type CommandRoute as AnyCommandRoute } from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import type { AttendanceServices } from "../attendance";
import type { FollowUpServices } from "../followups";
import type { RoundTableServices } from "../roundtable";
import type { ReferatStore } from "./store";
import type { DownloadLinkStore } from "./download-link-store";

/**
 * What the referat uses besides the core services: its own stores;
 * and the services of the features it calls.
 * Its handlers see exactly these (`Turn`, and the route types and helpers bound to them); the router's
 * `AppServices` must provide them.
 */
export interface ReferatServices extends CoreServices, AttendanceServices, FollowUpServices, RoundTableServices {
  /** The referat's versions, per meeting (container `meetings`). */
  referats: ReferatStore;
  /** Download links of referat and notice files (container `downloadLinks`). */
  downloadLinks: DownloadLinkStore;
}

export type Turn = AnyTurn<ReferatServices>;
export type CommandRoute = AnyCommandRoute<ReferatServices>;
export type CardActionRoute = AnyCardActionRoute<ReferatServices>;
export const { meetingCardAction } = routesFor<ReferatServices>();
