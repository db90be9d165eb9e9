import assert from "node:assert/strict";
import { firstWithin, shortenText } from "../../src/shared/text/shorten-text";
import { shortenedBullets } from "../../src/shared/bullet-text";

describe("shortening what a card shows (the rest stays stored)", () => {
  it("a text over the limit is cut at a whole character and ends with «…»; one within it is untouched", () => {
    assert.equal(shortenText("Næringsarealer", 5), "Nærin…");
    assert.equal(shortenText("Næring", 6), "Næring");
    assert.equal(shortenText("ab😀cd", 3), "ab😀…", "an emoji is never cut in half");
  });

  it("the first items within a budget, at least one however big", () => {
    assert.deepEqual(
      firstWithin(["aaa", "bb", "c"], (s) => s.length, 5),
      ["aaa", "bb"],
    );
    assert.deepEqual(
      firstWithin(["aaaaaaaa", "b"], (s) => s.length, 5),
      ["aaaaaaaa"],
    );
    assert.deepEqual(
      firstWithin([], (s: string) => s.length, 5),
      [],
    );
  });

  it("bullets within a budget: the bullet that crosses it is cut with «…», later ones left out, the cut marked", () => {
    const bullets = [
      { text: "Første punkt", children: ["under ett"] },
      { text: "Andre punkt", children: [] },
    ];
    assert.deepEqual(shortenedBullets(bullets, 100), bullets);
    assert.deepEqual(shortenedBullets(bullets, 15), [{ text: "Første punkt", children: ["und…"] }]);
    assert.deepEqual(shortenedBullets(bullets, 21), [{ text: "Første punkt", children: ["under ett …"] }], "left out after: marked");
    assert.deepEqual(shortenedBullets(bullets, 5), [{ text: "Først…", children: [] }]);
    assert.deepEqual(shortenedBullets(bullets, 32), bullets, "a budget of exactly the text's length keeps it all, unmarked");
    assert.deepEqual(shortenedBullets(bullets, 12), [{ text: "Første punkt …", children: [] }], "cut after a bullet: the bullet marked");
    assert.deepEqual(shortenedBullets(bullets, 0), [], "no budget, nothing");
  });

  it("a kept text that already ends in «…» is not marked twice", () => {
    const bullets = [
      { text: "Mer følger…", children: [] },
      { text: "Neste", children: ["Under…"] },
      { text: "Siste", children: [] },
    ];
    assert.deepEqual(shortenedBullets(bullets, 11), [{ text: "Mer følger…", children: [] }]);
    assert.deepEqual(shortenedBullets(bullets, 22), bullets.slice(0, 2));
  });
});
