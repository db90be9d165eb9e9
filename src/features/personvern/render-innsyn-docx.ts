import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { labelled, marginsOf, PAGE, pageFooter, referatStyles, withLanguage } from "../referat";
import type { Language } from "../../shared/language";
import { formatOsloDate } from "../../shared/time/oslo-time";
import type { PersonExport, PersonItem } from "./person-data";

const LABELS: Record<Language, Record<string, string>> = {
  nb: {
    group: "Faggruppen",
    followUp: "Oppfølgingspunkt",
    openFollowUps: "Oversikt over åpne oppfølgingspunkter",
    meetingIndex: "Møtearkivet",
    meeting: "Møtet",
    attendee: "Oppmøte",
    roundTableEntry: "Runde rundt bordet",
    referatVersion: "Referat",
    referatHead: "Referat",
  },
  en: {
    group: "The working group",
    followUp: "Follow-up",
    openFollowUps: "Open follow-ups overview",
    meetingIndex: "The meeting archive",
    meeting: "The meeting",
    attendee: "Attendance",
    roundTableEntry: "Round table",
    referatVersion: "Minutes",
    referatHead: "Minutes",
  },
};

const WORDS = {
  nb: {
    title: "Innsyn",
    about: "Opplysninger lagret om",
    made: "Hentet",
    groupItems: "I faggruppen",
    page: "Side",
    of: "av",
    where: "felt",
  },
  en: {
    title: "Access request",
    about: "Data stored about",
    made: "Collected",
    groupItems: "In the working group",
    page: "Page",
    of: "of",
    where: "field",
  },
};

/** One item as a line a person can read: what kind of record, which field, and what it holds. */
function lineOf(item: PersonItem, language: Language): Paragraph {
  const label = LABELS[language][item.docType] ?? item.docType;
  return labelled(`${label} (${WORDS[language].where} ${item.path})`, readable(item.item));
}

function readable(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(readable).join("; ");
  if (value && typeof value === "object")
    return Object.entries(value)
      .map(([key, each]) => `${key}: ${typeof each === "object" && each !== null ? readable(each) : String(each)}`)
      .join(", ");
  return String(value);
}

/** The readable summary of an innsyn: per group, its own items, then each meeting's, in the referat's styles and page. */
export async function renderInnsynDocx(exports: Array<PersonExport & { groupName: string }>, language: Language): Promise<Buffer> {
  const words = WORDS[language];
  const subject = exports[0]?.subject.name ?? "";
  const made = exports[0]?.generatedAt ?? new Date().toISOString();
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: `${words.title}: ${subject}` }),
    new Paragraph({ text: `${words.about} ${subject}. ${words.made} ${formatOsloDate(new Date(made), language)}.` }),
  ];
  for (const each of exports) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: each.groupName }));
    if (each.group.length > 0) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: words.groupItems }));
      children.push(...each.group.map((item) => lineOf(item, language)));
    }
    for (const meeting of each.meetings) {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, text: `${meeting.title} – ${formatOsloDate(new Date(meeting.start), language)}` }),
      );
      children.push(...meeting.items.map((item) => lineOf(item, language)));
    }
  }
  const document = new Document({
    creator: "Møtebot",
    title: `${words.title} – ${subject}`,
    styles: referatStyles(language),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: marginsOf(PAGE.margin) } },
        footers: { default: pageFooter([`${words.title}: ${subject}`], { page: words.page, of: words.of }) },
        children,
      },
    ],
  });
  return withLanguage(await Packer.toBuffer(document), language);
}
