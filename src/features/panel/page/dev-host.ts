import type { PanelHost } from "./host";

const PERSON_KEY = "motebot-panel-dev-person";

interface DevPerson {
  aadObjectId: string;
  name: string;
  role: string;
}

const encode = (person: DevPerson): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify({ aadObjectId: person.aadObjectId, name: person.name }))))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/**
 * `npm run dev`: the page opened on its own, beside the Agents Playground. The chat comes from the
 * address (`/panel?chatId=…`), and a picker chooses whom to act as; the server takes that only when
 * authentication is off and NODE_ENV=development.
 */
export async function devHost(): Promise<PanelHost> {
  const params = new URLSearchParams(location.search);
  const chatId = params.get("chatId") ?? "";
  const response = await fetch(`/api/panel/dev/people?chatId=${encodeURIComponent(chatId)}`);
  const people = response.ok ? ((await response.json()) as { people: DevPerson[] }).people : [];
  const remembered = sessionStorage.getItem(PERSON_KEY);
  const person = people.find((p) => p.aadObjectId === remembered) ?? people[0];

  const picker = document.createElement("div");
  picker.className = "dev-picker";
  const label = document.createElement("label");
  label.textContent = "Utvikling – vis panelet som ";
  const select = document.createElement("select");
  for (const each of people) {
    const option = document.createElement("option");
    option.value = each.aadObjectId;
    option.textContent = `${each.name} (${each.role})`;
    option.selected = each === person;
    select.append(option);
  }
  select.addEventListener("change", () => {
    sessionStorage.setItem(PERSON_KEY, select.value);
    location.reload();
  });
  label.append(select);
  picker.append(label);
  if (!response.ok) picker.append(" (ikke tilgjengelig: bare med autentisering av og NODE_ENV=development)");

  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  return {
    chatId,
    theme: params.get("theme") ?? (dark ? "dark" : "default"),
    language: "nb",
    authorization: async () => (person ? `DevUser ${encode(person)}` : ""),
    onThemeChange: () => undefined,
    devPicker: picker,
  };
}
