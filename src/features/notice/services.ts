import type { CoreServices } from "../../shared/bot-services";
import { routesFor, type CardActionRoute as AnyCardActionRoute, type CommandRoute as AnyCommandRoute } from "../../shared/routes";
import type { Turn as AnyTurn } from "../../shared/turn";
import type { WorkingGroupServices } from "../working-group";
import type { AttendanceServices } from "../attendance";
import type { DownloadLinkStore } from "../referat";

/**
 * What the notice uses besides the core services: the referat's download links;
 * and the services of the features it calls.
 * Its handlers see exactly these (`Turn`, and the route types and helpers bound to them); the router's
 * `AppServices` must provide them.
 */
export interface NoticeServices extends CoreServices, WorkingGroupServices, AttendanceServices {
  /** The download link of the notice's Word file (the referat's links). */
  downloadLinks: DownloadLinkStore;
}

export type Turn = AnyTurn<NoticeServices>;
export type CommandRoute = AnyCommandRoute<NoticeServices>;
export type CardActionRoute = AnyCardActionRoute<NoticeServices>;
export const { meetingCardAction } = routesFor<NoticeServices>();
