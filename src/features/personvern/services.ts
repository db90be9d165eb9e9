import type { CoreServices } from "../../shared/bot-services";
import type { PersonvernStore } from "./store";

/**
 * What the personvern tools (innsyn, retting, sletting) use besides the core services: a reader of
 * every document of a group and its meetings.
 */
export interface PersonvernServices extends CoreServices {
  /** Every document of a group's partition (container `groups`) and of its meetings' (container `meetings`). */
  personvern: PersonvernStore;
}
