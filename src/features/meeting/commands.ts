import { type CommandRoute } from "./services";
import { agendaCommand } from "./agenda-command";
import { detailsCommands } from "./details-commands";
import { endCommand, newMeetingCommand, startCommand } from "./lifecycle";
import { walkthroughCommand } from "./walkthrough-commands";

/** The meeting's commands: a new meeting, the agenda, start and end, the walk-through, and the referat's details. */
export const meetingCommands = {
  meeting: {
    id: "meeting",
    menu: true,
    names: { nb: "møte", en: "meeting" },
    description: {
      nb: "møte ny ‹tittel› ‹dato› ‹HH:MM-HH:MM›: nytt møte i en vanlig chat",
      en: "meeting new ‹title› ‹date› ‹HH:MM-HH:MM›",
    },
    handle: newMeetingCommand,
  },
  agenda: {
    id: "agenda",
    menu: true,
    names: { nb: "agenda", en: "agenda" },
    description: { nb: "Vis og rediger dagsordenen", en: "Show and edit the agenda" },
    handle: agendaCommand,
  },
  start: {
    id: "start",
    menu: true,
    names: { nb: "start", en: "start" },
    description: {
      nb: "Start møtet og vis møtekortet; «start nå» på en annen dag enn planlagt",
      en: "Start the meeting and show the meeting card; “start now” on another day than planned",
    },
    handle: (turn, args) => startCommand(turn, args),
  },
  next: {
    id: "next",
    menu: true,
    names: { nb: "neste", en: "next" },
    description: { nb: "Gå til neste sak", en: "Go to the next item" },
    handle: (turn) => walkthroughCommand(turn, "next", ""),
  },
  previous: {
    id: "previous",
    menu: false,
    names: { nb: "forrige", en: "previous" },
    description: { nb: "Gå tilbake til forrige sak", en: "Go back to the previous item" },
    handle: (turn) => walkthroughCommand(turn, "previous", ""),
  },
  item: {
    id: "item",
    menu: false,
    names: { nb: "sak", en: "item" },
    description: { nb: "sak ‹nummer›: gå til en sak", en: "item ‹number›: go to an item" },
    handle: (turn, args) => walkthroughCommand(turn, "item", args),
  },
  note: {
    id: "note",
    menu: false,
    names: { nb: "notat", en: "note" },
    description: { nb: "notat ‹tekst›: notat til saken", en: "note ‹text›: note on the current item" },
    handle: (turn, args) => walkthroughCommand(turn, "note", args),
  },
  decision: {
    id: "decision",
    menu: false,
    names: { nb: "vedtak", en: "decision" },
    description: { nb: "vedtak ‹tekst›: vedtak i saken", en: "decision ‹text›: decision on the current item" },
    handle: (turn, args) => walkthroughCommand(turn, "decision", args),
  },
  ...detailsCommands,
  end: {
    id: "end",
    menu: true,
    names: { nb: "avslutt", en: "end" },
    description: { nb: "Avslutt møtet", en: "End the meeting" },
    handle: endCommand,
  },
} satisfies Record<string, CommandRoute>;
