import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import type { Language } from "../../shared/language";
import { literal } from "../../shared/markdown-literal";
import eraseTemplate from "../../../cards/personvern/erase.card.json";
import { countsOf, type PersonPlan } from "./erasure";
import { personvernTexts } from "./texts";

/** The confirmation before a sletting: what will be removed or anonymised, what stays and why, and the button. */
export function eraseCard(plan: PersonPlan, groupNames: string, language: Language): AdaptiveCard {
  const texts = personvernTexts(language);
  const counts = [...countsOf(plan)].map(([docType, count]) => {
    const [one, many] = texts.kinds[docType] ?? texts.kinds.other ?? ["", ""];
    return { count: String(count), kind: count === 1 ? one : many };
  });
  return renderCard(eraseTemplate, {
    heading: texts.eraseHeading(literal(plan.subject.name, "inline")),
    intro: texts.eraseIntro(groupNames),
    counts,
    kept: texts.eraseKept(plan.keptApproved),
    note: texts.eraseNote,
    button: texts.eraseButton,
    name: plan.subject.name,
    aadObjectId: plan.subject.aadObjectId ?? "",
  });
}
