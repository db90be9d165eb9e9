/** The state the server sends (src/features/panel/panel-state.ts), as the page reads it. */
export interface PanelState {
  language: "nb" | "en";
  you: { name: string; role: "chair" | "secretary" | "participant"; leader: boolean };
  meeting?: {
    meetingId: string;
    title: string;
    time: string;
    status: "planned" | "running" | "ended";
    currentIndex: number;
    agenda: AgendaItem[];
  };
  attendance?: { present: number; byMunicipality: Array<{ label: string; names: string[] }>; absent: string[] };
  roundTable?: {
    topic: string;
    open: boolean;
    deadline?: string;
    nextReminder?: string;
    reported: Array<{ municipality: string; by: string; changedBy?: string }>;
    waiting: string[];
  };
  entry?: EntryForm | { refusal: string };
  followUps: Array<{ id: string; text: string; responsible?: string; deadline?: string; overdue: boolean; item: string }>;
}

export interface AgendaItem {
  key: string;
  number: number;
  title: string;
  state: "done" | "current" | "upcoming";
  notes: Array<{ kind: "note" | "decision"; text: string; author: string }>;
  notesText: string;
  notesVersion: string;
}

export interface EntryForm {
  municipality: string;
  choices: string[];
  text: string;
  presenters?: string;
  baseRevision?: string;
  replacing?: string[];
  unconfirmed?: { by: string; at: string; canConfirm: boolean };
}
