import assert from "node:assert/strict";
import { linkText, literal, markdownLink, mentionTag, mentionText } from "../../src/shared/markdown-literal";

/** [typed, as it goes out]: each pair states one of CommonMark's rules (or Teams') that the escaping follows. */
type Case = [typed: string, out: string];
const each = (cases: Case[]) => {
  for (const [typed, out] of cases) assert.equal(literal(typed), out, JSON.stringify(typed));
};

describe("chat Markdown: emphasis pairs only as CommonMark pairs it", () => {
  it("a run of delimiters that pairs is escaped whole, also inside a word; a run of one length closes one of another", () => {
    each([
      ["a**b c**d", "a\\*\\*b c\\*\\*d"],
      ["a~~b c~~d", "a\\~\\~b c\\~\\~d"],
      ["**fet*", "\\*\\*fet\\*"],
    ]);
  });

  it("underscores inside words never act (snake__case), and an underscore run inside a word opens nothing", () => {
    each([
      ["a__b c__d", "a__b c__d"],
      ["snake_case og slutt_", "snake_case og slutt_"],
    ]);
  });

  it("an opener pairs only with a later closer of the same character", () => {
    each([
      ["Pris* og *rabatt", "Pris* og *rabatt"],
      ["Pris* og fet*", "Pris* og fet*"],
      ["*a *b", "*a *b"],
      ["*fet_", "*fet_"],
      ["_fet*", "_fet*"],
    ]);
  });

  it("punctuation next to a delimiter decides whether it can open or close (flanking)", () => {
    each([
      ["a*(b)*", "a*(b)*"],
      ["*(b)*a", "*(b)*a"],
      ["*(b)*", "\\*(b)\\*"],
    ]);
  });
});

describe("chat Markdown: brackets, tags, braces, backslashes and entities", () => {
  it("a bracket is escaped only where it could form a link: «[» with a «]» after it, «]» with a «[» before it", () => {
    each([
      ["Se [vedlegg", "Se [vedlegg"],
      ["punkt a] og b]", "punkt a] og b]"],
      ["a]\nb [c", "a]\nb [c"],
      ["a [b\nc] d", "a \\[b\nc\\] d"],
    ]);
  });

  it("«<» before a letter, a slash, «!» or «?» could open a tag; before a digit only with a «>» after it", () => {
    each([
      ["verdi <3> her", "verdi \\<3> her"],
      ["<3 stk", "<3 stk"],
      ["<!-- x -->", "\\<!-- x -->"],
    ]);
  });

  it("one brace is text, two are a card function; a backslash before punctuation or at a line's end is escaped", () => {
    each([
      ["{x}", "{x}"],
      ["mappe\\", "mappe\\\\"],
      ["a\\b", "a\\b"],
    ]);
  });

  it("an & is escaped only where an entity starts at it, whatever follows later on the line", () => {
    each([["R&D og &amp;", "R&D og &amp;amp;"]]);
  });
});

describe("chat Markdown: the start of a line", () => {
  it("a list marker, a heading marker, a fence or a setext underline alone on its line acts too", () => {
    each([
      ["-", "\\-"],
      ["##", "\\##"],
      ["1.", "1\\."],
      ["===", "\\==="],
      ["=== ", "\\=== "],
      ["___ ", "\\___ "],
      ["  - punkt", "  \\- punkt"],
      ["\t1) punkt", "\t1\\) punkt"],
    ]);
  });

  it("what only looks like one stays: a lone backtick or tilde, «=» before text, rule characters with text", () => {
    each([
      ["`alene", "`alene"],
      ["~ca. 5", "~ca. 5"],
      ["= 5 i alt", "= 5 i alt"],
      ["Se ---", "Se ---"],
      ["--- se", "--- se"],
      ["-x-x-", "-x-x-"],
    ]);
  });
});

describe("text the bot places inside its own markup: a link's text and a mention", () => {
  it("a link's text is one line, and every bracket in it is escaped so it cannot end the link or start another", () => {
    assert.equal(linkText("Møte  \n  referat"), "Møte referat");
    assert.equal(linkText("Klikk](https://evil.example)"), "Klikk\\](https://evil.example)");
    assert.equal(linkText("- Referat"), "- Referat", "inside the brackets nothing starts a line");
  });

  it("a link's URL has its parentheses percent-encoded, so a «)» cannot end it", () => {
    assert.equal(markdownLink("Referat [utkast]", "https://x.no/a(b)"), "[Referat \\[utkast\\]](https://x.no/a%28b%29)");
  });

  it("a mention's name is one trimmed line, its angle brackets entities and its brackets escaped", () => {
    assert.equal(mentionText("  Ola   <Admin>\nNordmann "), "Ola &lt;Admin&gt; Nordmann");
    assert.equal(mentionText("Ola ]"), "Ola \\]");
    assert.equal(mentionTag("Kari [Leder]"), "<at>Kari \\[Leder\\]</at>");
  });
});
