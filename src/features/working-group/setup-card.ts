import { holderOf, type Group } from "./group";
import type { Language } from "../../shared/language";
import { setupTexts } from "./texts";
import type { GroupSummary } from "./store";
import { literal } from "../../shared/markdown-literal";
import { renderCard, type AdaptiveCard } from "../../shared/cards/render-card";
import setupTemplate from "../../../cards/working-group/setup.card.json";

export interface Person {
  aadObjectId: string;
  name: string;
}

const blank = {
  facts: [],
  name: "",
  leaderTitle: "",
  municipalitiesText: "",
  chair: "",
  secretary: "",
  people: [],
  linkIntro: "",
  hasGroups: false,
  firstGroupId: "",
  groups: [],
  canCreate: false,
  suggestedName: "",
  groupId: "",
  editIntro: "",
};

function labels(language: Language) {
  const texts = setupTexts(language);
  return {
    nameLabel: texts.nameLabel,
    requiredText: texts.required,
    leaderTitleLabel: texts.leaderTitleLabel,
    municipalitiesLabel: texts.municipalitiesLabel,
    chairLabel: texts.facts.chair,
    secretaryLabel: texts.facts.secretary,
    chooseLabel: texts.chooseLabel,
    linkText: texts.link,
    newNameLabel: texts.newNameLabel,
    createText: texts.create,
    editText: texts.edit,
    saveText: texts.save,
  };
}

/** The group as everyone sees it, with "Rediger" for its chair and secretary. */
export function groupCard(group: Group, language: Language): AdaptiveCard {
  const texts = setupTexts(language);
  const chair = holderOf(group, "chair");
  const secretary = holderOf(group, "secretary");
  return renderCard(setupTemplate, {
    ...blank,
    ...labels(language),
    mode: "view",
    heading: literal(texts.heading(group.name)),
    groupId: group.groupId,
    facts: [
      // Fact values are Markdown in Teams, like TextBlocks.
      { title: texts.facts.name, value: literal(group.name) },
      { title: texts.facts.leaderTitle, value: literal(group.leaderTitle) || texts.none },
      { title: texts.facts.municipalities, value: literal(group.municipalities.join(", ")) || texts.none },
      { title: texts.facts.chair, value: chair ? literal(chair.name) : texts.none },
      { title: texts.facts.secretary, value: secretary ? literal(secretary.name) : texts.none },
    ],
  });
}

/** The editor, answered to a chair or secretary alone. `people` are those who can be chosen. */
export function groupEditorCard(group: Group, people: Person[], language: Language, intro = ""): AdaptiveCard {
  const texts = setupTexts(language);
  return renderCard(setupTemplate, {
    ...blank,
    ...labels(language),
    mode: "edit",
    editIntro: intro,
    heading: literal(texts.heading(group.name)),
    groupId: group.groupId,
    name: group.name,
    leaderTitle: group.leaderTitle,
    municipalitiesText: group.municipalities.join("\n"),
    chair: holderOf(group, "chair")?.aadObjectId ?? "",
    secretary: holderOf(group, "secretary")?.aadObjectId ?? "",
    people,
  });
}

/** For a chat without a group: the groups the person may link, and creating a new one. */
export function linkGroupCard(groups: GroupSummary[], canCreate: boolean, language: Language): AdaptiveCard {
  const texts = setupTexts(language);
  return renderCard(setupTemplate, {
    ...blank,
    ...labels(language),
    mode: "link",
    heading: texts.linkHeading,
    linkIntro: groups.length > 0 ? texts.linkIntro : texts.createIntro,
    hasGroups: groups.length > 0,
    firstGroupId: groups[0]?.groupId ?? "",
    groups: groups.map((group) => ({ name: group.name, groupId: group.groupId })),
    canCreate,
    suggestedName: texts.suggestedName,
  });
}
