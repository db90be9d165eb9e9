/**
 * `npm run icons`: draws the Teams app icons (appPackage/color.png 192×192, outline.png 32×32
 * white on transparent) from the shapes below, so they can be changed and redrawn.
 * The mark: a speech bubble holding an agenda of three lines, the first one done (✓).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PNG } from "pngjs";

type Shape = (x: number, y: number) => boolean;
type Rgb = readonly [number, number, number];

const BRAND: Rgb = [0x1f, 0x4e, 0x8c];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SUPERSAMPLING = 4;

const roundedRect =
  (left: number, top: number, right: number, bottom: number, radius: number): Shape =>
  (x, y) => {
    const dx = Math.max(left + radius - x, 0, x - (right - radius));
    const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
    return x >= left && x <= right && y >= top && y <= bottom && dx * dx + dy * dy <= radius * radius;
  };

/** A line segment with round ends, `width` thick. */
const stroke =
  (x1: number, y1: number, x2: number, y2: number, width: number): Shape =>
  (x, y) => {
    const vx = x2 - x1;
    const vy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
    const px = x1 + t * vx - x;
    const py = y1 + t * vy - y;
    return px * px + py * py <= (width / 2) ** 2;
  };

const triangle =
  (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape =>
  (x, y) => {
    const side = (px: number, py: number, qx: number, qy: number) => (qx - px) * (y - py) - (qy - py) * (x - px);
    const s1 = side(ax, ay, bx, by);
    const s2 = side(bx, by, cx, cy);
    const s3 = side(cx, cy, ax, ay);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));
const minus =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    shape(x, y) && !hole(x, y);

/** The mark on a 1×1 square; `scale` maps it to pixels. */
function mark(scale: number, lineWidth: number): { bubble: Shape; agenda: Shape } {
  const s = (v: number) => v * scale;
  const bubble = union(
    roundedRect(s(0.18), s(0.2), s(0.82), s(0.7), s(0.09)),
    triangle(s(0.28), s(0.66), s(0.44), s(0.66), s(0.24), s(0.84)),
  );
  const w = s(lineWidth);
  const agenda = union(
    stroke(s(0.3), s(0.34), s(0.36), s(0.4), w),
    stroke(s(0.36), s(0.4), s(0.46), s(0.29), w),
    stroke(s(0.54), s(0.345), s(0.7), s(0.345), w),
    stroke(s(0.3), s(0.47), s(0.7), s(0.47), w),
    stroke(s(0.3), s(0.58), s(0.6), s(0.58), w),
  );
  return { bubble, agenda };
}

function paint(size: number, layers: Array<{ shape: Shape; color: Rgb }>): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLING;
          const y = py + (sy + 0.5) / SUPERSAMPLING;
          const top = [...layers].reverse().find((layer) => layer.shape(x, y));
          if (!top) continue;
          r += top.color[0];
          g += top.color[1];
          b += top.color[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((255 * a) / SUPERSAMPLING ** 2);
    }
  }
  return png;
}

function colorIcon(): PNG {
  const size = 192;
  const { bubble, agenda } = mark(size, 0.05);
  return paint(size, [
    { shape: roundedRect(0, 0, size, size, 0), color: BRAND },
    { shape: bubble, color: WHITE },
    { shape: agenda, color: BRAND },
  ]);
}

/** White on transparent: the bubble as a cut-out so the agenda lines show through. */
function outlineIcon(): PNG {
  const size = 32;
  const { bubble, agenda } = mark(size, 0.07);
  return paint(size, [{ shape: minus(bubble, agenda), color: WHITE }]);
}

const folder = resolve(process.argv[2] ?? "appPackage");
writeFileSync(resolve(folder, "color.png"), PNG.sync.write(colorIcon()));
writeFileSync(resolve(folder, "outline.png"), PNG.sync.write(outlineIcon()));
console.log(`Wrote ${folder}/color.png (192×192) and ${folder}/outline.png (32×32)`);
