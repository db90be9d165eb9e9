import type { AttendanceServices } from "../features/attendance";
import type { FollowUpServices } from "../features/followups";
import type { HelpServices } from "../features/help";
import type { MeetingServices } from "../features/meeting";
import type { NoticeServices } from "../features/notice";
import type { PersonvernServices } from "../features/personvern";
import type { ReferatServices } from "../features/referat";
import type { RoundTableServices } from "../features/roundtable";
import type { WorkingGroupServices } from "../features/working-group";

/**
 * Everything the features declared they use (each in its `services.ts`), together: what
 * `start-bot.ts` builds and every route of the route table is handed. A store a feature declares
 * and the start-up does not build fails the type check there.
 */
export type AppServices = HelpServices &
  WorkingGroupServices &
  MeetingServices &
  AttendanceServices &
  RoundTableServices &
  FollowUpServices &
  ReferatServices &
  NoticeServices &
  PersonvernServices;
