import type { Controller } from "./controller";
import { el } from "./dom";

/** How many are present, by municipality, and who sent apologies. */
export function attendanceSection(c: Controller): HTMLElement | undefined {
  const attendance = c.state.attendance;
  if (!attendance) return undefined;
  const { labels } = c;
  return el("section", { "aria-labelledby": "attendance-heading" }, [
    el("h2", { id: "attendance-heading" }, [`${labels.attendance}: ${labels.present(attendance.present)}`]),
    el(
      "dl",
      { class: "attendance" },
      attendance.byMunicipality.flatMap((row) => [el("dt", {}, [row.label]), el("dd", {}, [row.names.join(", ")])]),
    ),
    attendance.absent.length > 0 ? el("p", {}, [`${labels.absent}: ${attendance.absent.join(", ")}`]) : undefined,
  ]);
}

/** The group's open follow-ups, overdue ones marked. */
export function followUpsSection(c: Controller): HTMLElement {
  const { labels } = c;
  const followUps = c.state.followUps;
  return el("section", { "aria-labelledby": "followups-heading" }, [
    el("h2", { id: "followups-heading" }, [labels.followUps]),
    followUps.length === 0
      ? el("p", {}, [labels.noFollowUps])
      : el(
          "ul",
          { class: "followups" },
          followUps.map((f) =>
            el("li", {}, [
              f.text,
              detailsOf(f),
              f.overdue ? el("fluent-badge", { appearance: "tint", color: "danger" }, [labels.overdue]) : undefined,
            ]),
          ),
        ),
  ]);
}

function detailsOf(followUp: { responsible?: string; deadline?: string }): HTMLElement | undefined {
  const details = [followUp.responsible, followUp.deadline].filter(Boolean);
  return details.length > 0 ? el("span", { class: "muted" }, [` – ${details.join(", ")}`]) : undefined;
}
